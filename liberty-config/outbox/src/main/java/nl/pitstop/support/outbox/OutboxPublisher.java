package nl.pitstop.support.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.pitstop.messages.EventTopic;

/**
 * Publishes one batch of outbox messages to the events topic and deletes them, in one XA
 * transaction over the database and the broker: a message leaves the outbox exactly when the broker
 * has it.
 */
@ApplicationScoped
public class OutboxPublisher {

  static final int BATCH_SIZE = 100;

  @Inject EntityManager entityManager;

  @Resource(lookup = EventTopic.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = EventTopic.JNDI_NAME)
  Topic topic;

  /**
   * Publishes the oldest pending messages.
   *
   * @return how many were published; fewer than {@link #BATCH_SIZE} means the outbox is now empty
   */
  @Transactional
  public int publishBatch() {
    List<OutboxMessage> batch =
        entityManager
            .createNamedQuery("OutboxMessage.oldestFirst", OutboxMessage.class)
            .setMaxResults(BATCH_SIZE)
            .getResultList();
    if (batch.isEmpty()) {
      return 0;
    }
    try (JMSContext context = connectionFactory.createContext()) {
      JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
      for (OutboxMessage message : batch) {
        TextMessage text = context.createTextMessage(message.payload());
        text.setStringProperty(EventTopic.MESSAGE_TYPE, message.messageType());
        text.setStringProperty(EventTopic.MESSAGE_ID, message.messageId());
        if (message.aggregateId() != null) {
          text.setStringProperty(EventTopic.AGGREGATE_ID, message.aggregateId());
        }
        producer.send(topic, text);
        entityManager.remove(message);
      }
    } catch (jakarta.jms.JMSException e) {
      throw new jakarta.jms.JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
    return batch.size();
  }

  /** How many messages wait in the outbox. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long pending() {
    return entityManager.createNamedQuery("OutboxMessage.count", Long.class).getSingleResult();
  }
}
