/**
 * The vehicle management domain: plain Java, mapped to the database by META-INF/orm.xml. License
 * numbers are kept in one normal form, see {@link nl.pitstop.vehicle.domain.LicenseNumber}.
 */
package nl.pitstop.vehicle.domain;
