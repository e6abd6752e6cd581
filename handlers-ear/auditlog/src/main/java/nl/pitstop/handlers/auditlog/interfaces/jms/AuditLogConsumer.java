package nl.pitstop.handlers.auditlog.interfaces.jms;

import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.time.Clock;
import nl.pitstop.handlers.auditlog.application.AuditEntry;
import nl.pitstop.handlers.auditlog.application.AuditLog;
import nl.pitstop.handlers.handling.Delivery;
import nl.pitstop.messages.ReceivedEvent;
import nl.pitstop.support.messaging.DuplicateMessages;
import nl.pitstop.support.tracing.TracedConsumer;

/**
 * Stores every event of the events topic in the audit log, on its own durable shared subscription
 * (configured in server.xml). A failure rolls back and the broker redelivers, then dead-letters.
 *
 * <p>Not in an XA transaction with the broker (docs/adr/0007): the handler commits its own database
 * transaction, then the resource adapter acknowledges the message (docs/adr/0016); a crash in
 * between redelivers it, and the handler recognises its message id.
 */
@TracedConsumer
@MessageDriven(name = "AuditLogConsumer")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditLogConsumer implements MessageListener {

  @Inject AuditLog auditLog;
  @Inject DuplicateMessages duplicates;

  private final Clock clock = Clock.systemUTC();

  @Override
  public void onMessage(Message message) {
    try {
      ReceivedEvent received = ReceivedEvent.from(message);
      boolean recorded =
          auditLog.record(
              new AuditEntry(
                  received.messageId(),
                  received.messageType(),
                  received.aggregateId(),
                  received.publishedAt(),
                  clock.instant(),
                  received.json(),
                  Delivery.attemptOf(message)));
      if (!recorded) {
        duplicates.dropped("auditlog", received.messageId(), received.messageType());
      }
    } catch (JMSException e) {
      throw new EJBException(e);
    }
  }
}
