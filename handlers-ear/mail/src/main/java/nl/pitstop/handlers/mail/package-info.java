/**
 * E-mail as a transactional outbox. A handler {@linkplain MailOutbox#queue queues} a mail in its
 * own database, in the transaction that decides to send it; {@link JpaMailOutbox} sends it over
 * SMTP after the commit and retries until the mail server takes it. A mail is therefore never lost
 * and never decided twice; a crash between the SMTP hand-over and marking it sent can send it
 * twice.
 */
package nl.pitstop.handlers.mail;
