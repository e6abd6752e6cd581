/** The customer repository on JPA (mapping in META-INF/orm.xml). */
package nl.pitstop.customer.infrastructure.persistence;
