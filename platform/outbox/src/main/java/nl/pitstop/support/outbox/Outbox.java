package nl.pitstop.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.pitstop.messages.EventCodec;
import nl.pitstop.messages.IntegrationEvent;
import nl.pitstop.support.tracing.TraceParent;

/**
 * Stores integration events in the service's own database, inside the caller's transaction, so that
 * an event exists exactly when the state change that caused it was committed (DESIGN.md §4).
 *
 * <p>The service must produce its {@link EntityManager} and list {@link OutboxMessage} in its
 * persistence unit.
 */
@ApplicationScoped
public class Outbox implements EventOutbox {

  @Inject EntityManager entityManager;
  @Inject Event<OutboxMessageStored> stored;

  private final Clock clock = Clock.systemUTC();

  /** Adds the event to the outbox; it is published once the current transaction commits. */
  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void add(IntegrationEvent event) {
    entityManager.persist(
        new OutboxMessage(
            event.messageId().toString(),
            event.messageType(),
            event.aggregateId(),
            EventCodec.toJson(event),
            clock.instant(),
            TraceParent.current()));
    // Insert now: the identity column gives the publishing order, and EclipseLink does not keep
    // the order of persist calls when it inserts at commit.
    entityManager.flush();
    stored.fire(new OutboxMessageStored(event.messageId()));
  }
}
