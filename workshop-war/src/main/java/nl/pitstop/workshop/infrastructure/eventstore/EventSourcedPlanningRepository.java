package nl.pitstop.workshop.infrastructure.eventstore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.pitstop.messages.EventCodec;
import nl.pitstop.messages.IntegrationEvent;
import nl.pitstop.workshop.domain.WorkshopPlanning;
import nl.pitstop.workshop.domain.WorkshopPlanningEvent;
import nl.pitstop.workshop.domain.WorkshopPlanningRepository;
import nl.pitstop.workshop.domain.WorkshopPlanningSnapshot;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Workshop plannings in the event store, one stream per day (stream id {@code yyyy-MM-dd}).
 *
 * <p>A planning is loaded from its latest snapshot plus the events after it. Saving appends the
 * pending events and, each time the version passes a multiple of the snapshot interval, replaces
 * the snapshot in the same transaction.
 */
@ApplicationScoped
public class EventSourcedPlanningRepository implements WorkshopPlanningRepository {

  @Inject EventStore store;

  @Inject
  @ConfigProperty(name = "pitstop.workshop.snapshot-interval", defaultValue = "50")
  int snapshotInterval;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<WorkshopPlanning> find(LocalDate date) {
    String streamId = date.toString();
    Optional<WorkshopPlanningSnapshot> snapshot =
        store
            .snapshot(streamId)
            .filter(stored -> stored.schemaVersion() == PlanningSnapshotJson.SCHEMA_VERSION)
            .map(stored -> PlanningSnapshotJson.fromBytes(stored.state()));
    List<WorkshopPlanningEvent> events =
        store
            .eventsAfter(streamId, snapshot.map(WorkshopPlanningSnapshot::version).orElse(0))
            .stream()
            .map(
                stored ->
                    PlanningEvents.toDomain(EventCodec.fromJson(stored.eventType(), stored.data())))
            .toList();
    if (snapshot.isPresent()) {
      return Optional.of(WorkshopPlanning.restore(snapshot.get(), events));
    }
    return events.isEmpty() ? Optional.empty() : Optional.of(WorkshopPlanning.replay(date, events));
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void save(WorkshopPlanning planning) {
    List<EventStore.NewEvent> events =
        planning.pendingEvents().stream()
            .map(event -> PlanningEvents.toIntegration(event, planning.date()))
            .map(EventSourcedPlanningRepository::toNewEvent)
            .toList();
    store.append(planning.id(), planning.originalVersion(), events);
    if (snapshotInterval > 0
        && planning.version() / snapshotInterval > planning.originalVersion() / snapshotInterval) {
      store.saveSnapshot(
          planning.id(),
          planning.version(),
          PlanningSnapshotJson.SCHEMA_VERSION,
          PlanningSnapshotJson.toBytes(planning.snapshot()));
    }
  }

  private static EventStore.NewEvent toNewEvent(IntegrationEvent event) {
    return new EventStore.NewEvent(
        event.messageType(), event.messageId().toString(), EventCodec.toJson(event));
  }
}
