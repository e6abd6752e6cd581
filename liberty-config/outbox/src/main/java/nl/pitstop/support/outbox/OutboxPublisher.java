package nl.pitstop.support.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.pitstop.messages.EventMessages;
import nl.pitstop.messages.EventTopic;

/**
 * Publishes one batch of outbox entries to the events topic and marks them published, in one XA
 * transaction over the database and the broker: a message leaves the outbox exactly when the broker
 * has it.
 */
@ApplicationScoped
public class OutboxPublisher {

  static final int BATCH_SIZE = 100;

  @Inject OutboxStore store;

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
    List<OutboxEntry> batch = store.oldest(BATCH_SIZE);
    if (batch.isEmpty()) {
      return 0;
    }
    try (JMSContext context = connectionFactory.createContext()) {
      JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
      for (OutboxEntry entry : batch) {
        producer.send(
            topic,
            EventMessages.create(
                context,
                entry.messageId(),
                entry.messageType(),
                entry.aggregateId(),
                entry.payload()));
      }
    } catch (jakarta.jms.JMSException e) {
      throw new jakarta.jms.JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
    store.published(batch);
    return batch.size();
  }

  /** How many messages wait in the outbox. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long pending() {
    return store.pending();
  }
}
