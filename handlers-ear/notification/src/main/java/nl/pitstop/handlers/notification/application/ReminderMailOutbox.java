package nl.pitstop.handlers.notification.application;

import nl.pitstop.handlers.mail.MailOutbox;

/**
 * The outbox of reminder mails, in the notification database, so that a mail commits with the
 * reminder it belongs to. A type of its own, so that the handlers' outboxes in one application
 * never make an injection ambiguous.
 */
public interface ReminderMailOutbox extends MailOutbox {}
