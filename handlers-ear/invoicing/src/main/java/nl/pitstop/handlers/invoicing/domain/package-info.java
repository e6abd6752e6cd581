/**
 * Invoicing's domain: the customers and maintenance jobs it keeps, what a job costs, and the
 * invoice that puts a customer's finished jobs on one bill. Plain Java: the mapping to invoicing's
 * database is {@code META-INF/orm.xml}, the events and the mail are the application's.
 */
package nl.pitstop.handlers.invoicing.domain;
