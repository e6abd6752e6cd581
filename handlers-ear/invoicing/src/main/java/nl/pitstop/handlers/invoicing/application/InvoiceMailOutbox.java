package nl.pitstop.handlers.invoicing.application;

import nl.pitstop.handlers.mail.MailOutbox;

/**
 * The outbox of invoicing's e-mails, in invoicing's database. A type of its own, so that the
 * handlers' outboxes in one application never make an injection ambiguous.
 */
public interface InvoiceMailOutbox extends MailOutbox {}
