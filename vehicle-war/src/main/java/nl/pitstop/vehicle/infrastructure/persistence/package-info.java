/** The vehicle repository on JPA (mapping in META-INF/orm.xml). */
package nl.pitstop.vehicle.infrastructure.persistence;
