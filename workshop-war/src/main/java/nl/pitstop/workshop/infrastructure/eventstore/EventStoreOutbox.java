package nl.pitstop.workshop.infrastructure.eventstore;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.pitstop.support.outbox.OutboxEntry;
import nl.pitstop.support.outbox.OutboxStore;
import nl.pitstop.support.outbox.RelayClaims;

/**
 * The event store is the workshop's outbox: the relay publishes stored events in the order they
 * were stored (so each planning's events in version order) and flags them published.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class EventStoreOutbox implements OutboxStore {

  @Inject EntityManager entityManager;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean claim() {
    return RelayClaims.claim(entityManager, "stored_event");
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public List<OutboxEntry> oldest(int max) {
    return entityManager
        .createNamedQuery("StoredEvent.unpublished", StoredEvent.class)
        .setMaxResults(max)
        .getResultStream()
        .map(
            event ->
                new OutboxEntry(
                    event.position(),
                    event.messageId(),
                    event.eventType(),
                    event.streamId(),
                    event.data(),
                    event.traceparent()))
        .toList();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void published(List<OutboxEntry> entries) {
    entityManager
        .createNamedQuery("StoredEvent.markPublished")
        .setParameter("positions", entries.stream().map(OutboxEntry::position).toList())
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public long pending() {
    return entityManager
        .createNamedQuery("StoredEvent.countUnpublished", Long.class)
        .getSingleResult();
  }
}
