/** Invoicing's database on JPA (the {@code invoicing} persistence unit). */
package nl.pitstop.handlers.invoicing.infrastructure.persistence;
