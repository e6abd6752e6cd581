package it.nl.pitstop.workshop.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import nl.pitstop.messages.EventCodec;
import nl.pitstop.support.concurrent.CoalescingRun;
import nl.pitstop.support.outbox.OutboxStore;
import nl.pitstop.support.persistence.H2SqlServerPlatform;
import nl.pitstop.support.tracing.TraceParent;
import nl.pitstop.support.transaction.AfterCommit;
import nl.pitstop.testing.Database;
import nl.pitstop.workshop.domain.ConcurrentUpdateException;
import nl.pitstop.workshop.domain.Customer;
import nl.pitstop.workshop.domain.WorkshopPlanning;
import nl.pitstop.workshop.domain.WorkshopPlanningEvent.VehicleInfo;
import nl.pitstop.workshop.infrastructure.eventstore.EventSourcedPlanningRepository;
import nl.pitstop.workshop.infrastructure.eventstore.EventStore;
import nl.pitstop.workshop.infrastructure.eventstore.StoredEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The event store on JPA against the real database: appends in order, optimistic concurrency
 * (sequential and truly parallel), snapshots, and the store as the outbox.
 */
@ExtendWith(ArquillianExtension.class)
class EventStoreIT {

  @Deployment
  static WebArchive deployment() {
    // the test application is not the workshop WAR and does not migrate (docs/adr/0018)
    Database.migrate("workshopeventstore", "eventstore-it");
    return ShrinkWrap.create(WebArchive.class, "eventstore-it.war")
        .addPackages(true, WorkshopPlanning.class.getPackage())
        .addPackages(true, EventStore.class.getPackage())
        .addPackages(true, OutboxStore.class.getPackage())
        .addPackages(true, EventCodec.class.getPackage())
        .addPackage(H2SqlServerPlatform.class.getPackage())
        .addPackage(CoalescingRun.class.getPackage())
        .addPackage(AfterCommit.class.getPackage())
        .addPackage(TraceParent.class.getPackage())
        .addAsResource("it-eventstore-persistence.xml", "META-INF/persistence.xml")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @Inject EventStore store;
  @Inject EventSourcedPlanningRepository plannings;
  @Inject EntityManager entityManager;
  @Inject UserTransaction transaction;
  @Inject OutboxStore outbox;

  static String stream() {
    return "it-" + UUID.randomUUID();
  }

  static EventStore.NewEvent event(String type) {
    String messageId = UUID.randomUUID().toString();
    return new EventStore.NewEvent(type, messageId, "{\"messageId\":\"" + messageId + "\"}");
  }

  void inTransaction(Runnable work) throws Exception {
    transaction.begin();
    try {
      work.run();
    } catch (RuntimeException e) {
      transaction.rollback();
      throw e;
    }
    transaction.commit();
  }

  List<StoredEvent> events(String streamId) {
    return store.eventsAfter(streamId, 0);
  }

  @Test
  void appendsEventsWithConsecutiveVersionsAndReadsThemBackInOrder() throws Exception {
    String stream = stream();
    inTransaction(() -> store.append(stream, 0, List.of(event("A"), event("B"))));
    inTransaction(() -> store.append(stream, 2, List.of(event("C"))));

    List<StoredEvent> events = events(stream);
    assertEquals(List.of("A", "B", "C"), events.stream().map(StoredEvent::eventType).toList());
    assertEquals(List.of(1, 2, 3), events.stream().map(StoredEvent::version).toList());
    assertTrue(events.get(0).position() < events.get(1).position());
    assertTrue(events.get(1).position() < events.get(2).position());
    assertEquals(
        List.of("C"), store.eventsAfter(stream, 2).stream().map(StoredEvent::eventType).toList());
  }

  @Test
  void anAppendAtAStaleVersionIsAConflictAndWritesNothing() throws Exception {
    String stream = stream();
    inTransaction(() -> store.append(stream, 0, List.of(event("A"), event("B"))));

    assertThrows(
        ConcurrentUpdateException.class,
        () -> inTransaction(() -> store.append(stream, 1, List.of(event("stale")))));
    assertThrows(
        ConcurrentUpdateException.class,
        () -> inTransaction(() -> store.append(stream, 0, List.of(event("again")))));

    assertEquals(List.of("A", "B"), events(stream).stream().map(StoredEvent::eventType).toList());
  }

  @Test
  void ofParallelAppendsAtTheSameVersionExactlyOneWins() throws Exception {
    String stream = stream();
    inTransaction(() -> store.append(stream, 0, List.of(event("A"))));
    ManagedExecutorService executor =
        InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    int writers = 6;
    CountDownLatch start = new CountDownLatch(1);
    Callable<Boolean> append =
        () -> {
          start.await();
          try {
            inTransaction(() -> store.append(stream, 1, List.of(event("B"))));
            return true;
          } catch (ConcurrentUpdateException e) {
            return false;
          }
        };
    List<Future<Boolean>> results =
        java.util.stream.Stream.generate(() -> executor.submit(append)).limit(writers).toList();
    start.countDown();

    long winners = 0;
    for (Future<Boolean> result : results) {
      winners += result.get() ? 1 : 0;
    }
    assertEquals(1, winners);
    assertEquals(List.of(1, 2), events(stream).stream().map(StoredEvent::version).toList());
  }

  /** A day with {@code jobs} one-minute jobs, each saved in its own transaction. */
  LocalDate planJobs(int jobs) throws Exception {
    LocalDate day = LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(100_000));
    for (int i = 0; i < jobs; i++) {
      int minute = i;
      inTransaction(
          () -> {
            WorkshopPlanning planning =
                plannings.find(day).orElseGet(() -> WorkshopPlanning.create(day));
            planning.planMaintenanceJob(
                UUID.randomUUID(),
                day.atStartOfDay().plusMinutes(minute),
                day.atStartOfDay().plusMinutes(minute + 1),
                new Customer("c" + minute, "Customer " + minute, null),
                new VehicleInfo("AB-" + (minute % 999 + 1) + "-CD", "Toyota", "Corolla"),
                "Job " + minute);
            plannings.save(planning);
          });
    }
    return day;
  }

  @Test
  void aPlanningIsLoadedFromItsSnapshotPlusTheLaterEvents() throws Exception {
    LocalDate day = planJobs(120); // 121 events: snapshots at versions 50 and 100
    WorkshopPlanning loaded = plannings.find(day).orElseThrow();

    assertEquals(100, store.snapshot(day.toString()).orElseThrow().version());
    assertEquals(121, loaded.version());
    assertEquals(120, loaded.jobs().size());

    // Proof that the snapshot is what is read: without the events it covers, nothing changes.
    inTransaction(
        () ->
            entityManager
                .createQuery("delete from StoredEvent e where e.streamId = :s and e.version <= 100")
                .setParameter("s", day.toString())
                .executeUpdate());
    WorkshopPlanning fromSnapshot = plannings.find(day).orElseThrow();
    assertEquals(loaded.jobs(), fromSnapshot.jobs());
    assertEquals(121, fromSnapshot.version());
  }

  @Test
  void deletingSnapshotsChangesNoAnswer() throws Exception {
    LocalDate day = planJobs(60);
    WorkshopPlanning withSnapshot = plannings.find(day).orElseThrow();
    assertEquals(50, store.snapshot(day.toString()).orElseThrow().version());

    inTransaction(
        () ->
            entityManager
                .createQuery("delete from StoredSnapshot s where s.streamId = :s")
                .setParameter("s", day.toString())
                .executeUpdate());

    WorkshopPlanning replayed = plannings.find(day).orElseThrow();
    assertEquals(withSnapshot.jobs(), replayed.jobs());
    assertEquals(withSnapshot.version(), replayed.version());
  }

  @Test
  void storedEventsWaitInTheOutboxUntilPublished() throws Exception {
    String stream = stream();
    transaction.begin();
    store.append(stream, 0, List.of(event("A")));
    assertTrue(outbox.oldest(10_000).stream().anyMatch(e -> e.aggregateId().equals(stream)));
    transaction.rollback();

    assertTrue(events(stream).isEmpty(), "a rolled back append leaves nothing to publish");
  }
}
