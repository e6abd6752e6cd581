package nl.pitstop.handlers.invoicing.application;

import java.util.ArrayList;
import java.util.List;
import nl.pitstop.handlers.mail.MailMessage;

/** The mails queued, in order, for tests. */
class CollectingMailOutbox implements InvoiceMailOutbox {

  final List<MailMessage> mails = new ArrayList<>();

  @Override
  public void queue(MailMessage mail) {
    mails.add(mail);
  }
}
