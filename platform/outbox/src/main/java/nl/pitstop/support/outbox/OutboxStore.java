package nl.pitstop.support.outbox;

import java.util.List;

/**
 * Where a service keeps the events it has committed but not yet published. The default is the
 * {@code outbox_message} table ({@link OutboxTable}); an event-sourced service whose event store is
 * its outbox provides an alternative.
 */
public interface OutboxStore {

  /**
   * Claims the store's relay until the current transaction ends, so that one replica at a time
   * reads and publishes it (see {@link RelayClaims}).
   *
   * @return false when another replica is relaying it
   */
  boolean claim();

  /** The oldest unpublished entries, in publishing order. */
  List<OutboxEntry> oldest(int max);

  /** Marks the entries as published, in the transaction that published them. */
  void published(List<OutboxEntry> entries);

  /** How many entries wait to be published. */
  long pending();
}
