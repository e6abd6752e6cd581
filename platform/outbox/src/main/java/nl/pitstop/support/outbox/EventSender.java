package nl.pitstop.support.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import nl.pitstop.messages.EventMessages;
import nl.pitstop.messages.EventTopic;
import nl.pitstop.support.tracing.MessageTracing;

/**
 * Sends a batch of outbox entries to the events topic in one local transaction of the broker: the
 * broker takes all of them or none. It runs outside any JTA transaction, so the broker is never a
 * participant of the database's transaction (docs/adr/0014). Each message carries its id as the
 * broker's duplicate-detection id, so the copies of a batch sent again after a failure are dropped
 * by the broker.
 */
@ApplicationScoped
public class EventSender {

  private static final Logger LOG = Logger.getLogger(EventSender.class.getName());

  @Inject MessageTracing tracing;

  @Resource(lookup = EventTopic.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = EventTopic.JNDI_NAME)
  Topic topic;

  /**
   * Sends the entries, persistent and in their order, and commits them.
   *
   * @throws JMSRuntimeException when the broker did not take them; none was delivered then
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void send(List<OutboxEntry> entries) {
    try (Connection connection = connectionFactory.createConnection()) {
      try (Session session = connection.createSession(Session.SESSION_TRANSACTED)) {
        sendAll(session, entries);
        session.commit();
      } catch (JMSException e) {
        if (!isDuplicate(e)) {
          throw e;
        }
        // Artemis refuses a whole transaction that holds a message it has taken before: this
        // batch was sent before, in part or in full, and its rows were not removed then. Each
        // message is sent on its own now, so that the broker drops just the copies.
        LOG.info(() -> "Sending a batch again message by message: " + e.getMessage());
        try (Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE)) {
          sendAll(session, entries);
        }
      }
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }

  /**
   * Whether the broker refused the transaction for a duplicate-detection id it had taken before
   * (Artemis' {@code ActiveMQDuplicateIdException}, a class of the resource adapter that the
   * application does not see, hence its name).
   */
  static boolean isDuplicate(JMSException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause.getClass().getSimpleName().equals("ActiveMQDuplicateIdException")) {
        return true;
      }
    }
    return false;
  }

  private void sendAll(Session session, List<OutboxEntry> entries) throws JMSException {
    MessageProducer producer = session.createProducer(null);
    producer.setDeliveryMode(DeliveryMode.PERSISTENT);
    for (OutboxEntry entry : entries) {
      tracing.send(
          producer,
          topic,
          EventMessages.create(
              session,
              entry.messageId(),
              entry.messageType(),
              entry.aggregateId(),
              entry.payload()),
          entry.traceparent());
    }
  }
}
