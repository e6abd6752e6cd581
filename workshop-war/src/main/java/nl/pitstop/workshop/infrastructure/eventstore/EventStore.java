package nl.pitstop.workshop.infrastructure.eventstore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.pitstop.support.outbox.OutboxMessageStored;
import nl.pitstop.support.persistence.DuplicateKeys;
import nl.pitstop.support.tracing.TraceParent;
import nl.pitstop.workshop.domain.ConcurrentUpdateException;

/**
 * Appends events to streams with optimistic concurrency and reads them back in order.
 *
 * <p>An append names the version it expects the stream to be at. It advances the stream row only
 * from that version (or creates it, for version 0) and inserts the events with the next versions;
 * the unique (stream, version) key catches any race the row check lets through. Either way the
 * append fails with {@link ConcurrentUpdateException} and its transaction rolls back.
 */
@ApplicationScoped
public class EventStore {

  /**
   * SQL states of a lost race on a row: serialization failure or deadlock victim, H2's concurrent
   * update, and a lock wait that timed out behind the winner.
   */
  private static final Set<String> CONFLICT_STATES = Set.of("40001", "90131", "HYT00");

  /** An event to append: its type name, message id and JSON. */
  public record NewEvent(String type, String messageId, String data) {}

  @Inject EntityManager entityManager;
  @Inject Event<OutboxMessageStored> stored;

  private final Clock clock = Clock.systemUTC();

  /**
   * Appends the events after the {@code expectedVersion}th event of the stream.
   *
   * @throws ConcurrentUpdateException when the stream is not at the expected version
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void append(String streamId, int expectedVersion, List<NewEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    try {
      int newVersion = expectedVersion + events.size();
      if (expectedVersion == 0) {
        entityManager.persist(new EventStream(streamId, newVersion));
      } else if (entityManager
              .createNamedQuery("EventStream.advance")
              .setParameter("newVersion", newVersion)
              .setParameter("streamId", streamId)
              .setParameter("expectedVersion", expectedVersion)
              .executeUpdate()
          == 0) {
        throw new ConcurrentUpdateException(streamId, expectedVersion);
      }
      int version = expectedVersion;
      for (NewEvent event : events) {
        entityManager.persist(
            new StoredEvent(
                streamId,
                ++version,
                event.type(),
                event.messageId(),
                event.data(),
                clock.instant(),
                TraceParent.current()));
        // One insert at a time: the identity column is the publishing order, and EclipseLink
        // does not keep the order of persist calls when it inserts at a single flush.
        entityManager.flush();
      }
    } catch (PersistenceException e) {
      if (isLostRace(e)) {
        throw new ConcurrentUpdateException(streamId, expectedVersion);
      }
      throw e;
    }
    stored.fire(new OutboxMessageStored(UUID.fromString(events.get(0).messageId())));
  }

  /** The events of a stream after the given version, in order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<StoredEvent> eventsAfter(String streamId, int version) {
    return entityManager
        .createNamedQuery("StoredEvent.ofStreamAfter", StoredEvent.class)
        .setParameter("streamId", streamId)
        .setParameter("version", version)
        .getResultList();
  }

  /** The latest snapshot of a stream, if one was taken. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<StoredSnapshot> snapshot(String streamId) {
    return Optional.ofNullable(entityManager.find(StoredSnapshot.class, streamId));
  }

  /** Replaces the stream's snapshot, in the transaction that appended its events. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void saveSnapshot(String streamId, int version, int schemaVersion, byte[] state) {
    entityManager.merge(
        new StoredSnapshot(streamId, version, schemaVersion, state, clock.instant()));
  }

  static boolean isLostRace(Throwable failure) {
    if (DuplicateKeys.causedByDuplicateKey(failure)) {
      return true;
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && CONFLICT_STATES.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
