/** Invoicing's mail outbox in its own database (the {@code invoicing} persistence unit). */
package nl.pitstop.handlers.invoicing.infrastructure.mail;
