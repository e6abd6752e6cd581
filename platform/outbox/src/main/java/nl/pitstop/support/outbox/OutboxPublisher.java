package nl.pitstop.support.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.pitstop.support.transaction.AfterCommit;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Publishes one batch of outbox entries to the events topic and marks them published, without XA
 * (docs/adr/0014): in a database transaction that first claims the relay (one replica at a time, in
 * outbox order), the batch is sent and committed in a local broker transaction, then removed from
 * the outbox. A failure between the two sends the batch again later, with the same message ids,
 * which the broker drops as duplicates (and every handler would drop too).
 */
@ApplicationScoped
public class OutboxPublisher {

  static final int BATCH_SIZE = 100;

  /** Events the broker took from this server's outbox, by type (docs/adr/0012). */
  public static final String PUBLISHED_METRIC = "pitstop.events.published";

  private static final Metadata PUBLISHED =
      Metadata.builder()
          .withName(PUBLISHED_METRIC)
          .withDescription("Events the broker took from this server's outbox, by type")
          .build();

  @Inject OutboxStore store;

  @Inject EventSender sender;

  @Inject MetricRegistry metrics;

  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * Publishes the oldest pending messages, unless another replica is publishing them.
   *
   * @return how many were published; fewer than {@link #BATCH_SIZE} means the outbox is now empty
   *     or another replica relays it
   */
  @Transactional
  public int publishBatch() {
    if (!store.claim()) {
      return 0;
    }
    List<OutboxEntry> batch = store.oldest(BATCH_SIZE);
    if (batch.isEmpty()) {
      return 0;
    }
    sender.send(batch);
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
