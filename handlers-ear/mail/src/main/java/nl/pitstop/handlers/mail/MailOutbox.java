package nl.pitstop.handlers.mail;

/** Where a handler puts the mails it decides to send. */
public interface MailOutbox {

  /**
   * Queues the mail in the caller's transaction; it is sent after the commit, and not at all when
   * the transaction rolls back.
   */
  void queue(MailMessage mail);
}
