/** The customer management domain: plain Java, mapped to the database by META-INF/orm.xml. */
package nl.pitstop.customer.domain;
