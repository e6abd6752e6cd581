package nl.pitstop.handlers.notification.application;

import java.util.ArrayList;
import java.util.List;
import nl.pitstop.handlers.mail.MailMessage;

/** Collects the mails queued, for tests. */
class CollectingMailOutbox implements ReminderMailOutbox {

  final List<MailMessage> queued = new ArrayList<>();

  @Override
  public void queue(MailMessage mail) {
    queued.add(mail);
  }
}
