package nl.pitstop.handlers.auditlog.interfaces.jms;

import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.time.Clock;
import nl.pitstop.handlers.auditlog.application.AuditEntry;
import nl.pitstop.handlers.auditlog.application.AuditLog;
import nl.pitstop.messages.ReceivedEvent;

/**
 * Stores every event of the events topic in the audit log, on its own durable shared subscription
 * (configured in server.xml). Runs in the container's transaction: a failure rolls back and the
 * broker redelivers, then dead-letters.
 */
@MessageDriven(name = "AuditLogConsumer")
public class AuditLogConsumer implements MessageListener {

  @Inject AuditLog auditLog;

  private final Clock clock = Clock.systemUTC();

  @Override
  public void onMessage(Message message) {
    try {
      ReceivedEvent received = ReceivedEvent.from(message);
      auditLog.record(
          new AuditEntry(
              received.messageId(),
              received.messageType(),
              received.aggregateId(),
              received.publishedAt(),
              clock.instant(),
              received.json()));
    } catch (JMSException e) {
      throw new EJBException(e);
    }
  }
}
