package nl.pitstop.support.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.pitstop.messages.EventMessages;
import nl.pitstop.messages.EventTopic;
import nl.pitstop.support.tracing.MessageTracing;
import nl.pitstop.support.transaction.AfterCommit;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Publishes one batch of outbox entries to the events topic and marks them published, in one XA
 * transaction over the database and the broker: a message leaves the outbox exactly when the broker
 * has it.
 */
@ApplicationScoped
public class OutboxPublisher {

  static final int BATCH_SIZE = 100;

  /** Events the broker took from this server's outbox, by type (docs/adr/0012). */
  public static final String PUBLISHED_METRIC = "pitstop.events.published";

  /** Events in this server's outbox, not yet published. */
  public static final String PENDING_METRIC = "pitstop.outbox.pending";

  private static final Metadata PUBLISHED =
      Metadata.builder()
          .withName(PUBLISHED_METRIC)
          .withDescription("Events the broker took from this server's outbox, by type")
          .build();

  @Inject OutboxStore store;

  @Inject MessageTracing tracing;

  @Inject MetricRegistry metrics;

  @Resource TransactionSynchronizationRegistry transactions;

  @PostConstruct
  void registerGauge() {
    metrics.gauge(
        Metadata.builder()
            .withName(PENDING_METRIC)
            .withDescription("Events stored in this server's outbox and not yet published")
            .build(),
        store,
        OutboxStore::pending);
  }

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
        tracing.send(
            producer,
            topic,
            EventMessages.create(
                context,
                entry.messageId(),
                entry.messageType(),
                entry.aggregateId(),
                entry.payload()),
            entry.traceparent());
      }
    } catch (jakarta.jms.JMSException e) {
      throw new jakarta.jms.JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
    store.published(batch);
    countAfterCommit(batch);
    return batch.size();
  }

  /** Counts the batch's events as published once its transaction has committed. */
  private void countAfterCommit(List<OutboxEntry> batch) {
    AfterCommit.run(
        transactions,
        () ->
            batch.forEach(
                entry -> metrics.counter(PUBLISHED, new Tag("type", entry.messageType())).inc()));
  }

  /** How many messages wait in the outbox. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long pending() {
    return store.pending();
  }
}
