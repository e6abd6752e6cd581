package nl.pitstop.handlers.auditlog.interfaces.jms;

import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.time.Clock;
import java.time.Instant;
import nl.pitstop.handlers.auditlog.application.AuditEntry;
import nl.pitstop.handlers.auditlog.application.AuditLog;
import nl.pitstop.messages.EventTopic;

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
      if (!(message instanceof TextMessage text)) {
        throw new EJBException("Not a text message: " + message.getJMSMessageID());
      }
      String messageId = message.getStringProperty(EventTopic.MESSAGE_ID);
      String messageType = message.getStringProperty(EventTopic.MESSAGE_TYPE);
      if (messageId == null || messageType == null) {
        throw new EJBException(
            "Message without MessageId or MessageType: " + message.getJMSMessageID());
      }
      long timestamp = message.getJMSTimestamp();
      auditLog.record(
          new AuditEntry(
              messageId,
              messageType,
              message.getStringProperty(EventTopic.AGGREGATE_ID),
              timestamp == 0 ? null : Instant.ofEpochMilli(timestamp),
              clock.instant(),
              text.getText()));
    } catch (JMSException e) {
      throw new EJBException(e);
    }
  }
}
