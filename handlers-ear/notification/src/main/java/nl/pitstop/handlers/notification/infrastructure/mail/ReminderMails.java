package nl.pitstop.handlers.notification.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.pitstop.handlers.mail.JpaMailOutbox;
import nl.pitstop.handlers.notification.application.ReminderMailOutbox;

/**
 * The outbox of reminder mails, in the {@code outgoing_mail} table of the notification database:
 * queued in the transaction that marks the jobs reminded, sent after the commit. Only its own types
 * are bean types, so that another handler's outbox is never ambiguous with it.
 */
@ApplicationScoped
@Typed({ReminderMails.class, ReminderMailOutbox.class})
public class ReminderMails extends JpaMailOutbox implements ReminderMailOutbox {

  @PersistenceContext(unitName = "notification")
  EntityManager entityManager;

  @Override
  protected EntityManager entityManager() {
    return entityManager;
  }

  @Override
  protected String kind() {
    return "reminder";
  }
}
