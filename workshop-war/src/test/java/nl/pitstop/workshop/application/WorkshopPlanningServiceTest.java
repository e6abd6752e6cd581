package nl.pitstop.workshop.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.pitstop.workshop.domain.BusinessRuleViolationException;
import nl.pitstop.workshop.domain.ConcurrentUpdateException;
import nl.pitstop.workshop.domain.Customer;
import nl.pitstop.workshop.domain.WorkshopPlanning;
import nl.pitstop.workshop.domain.WorkshopPlanningEvent;
import nl.pitstop.workshop.domain.WorkshopPlanningEvent.VehicleInfo;
import nl.pitstop.workshop.domain.WorkshopPlanningRepository;
import org.junit.jupiter.api.Test;

class WorkshopPlanningServiceTest {

  static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  /** Streams in memory with the event store's version check; can let others append first. */
  static class InMemoryPlannings implements WorkshopPlanningRepository {
    final Map<LocalDate, List<WorkshopPlanningEvent>> streams = new HashMap<>();
    final List<Runnable> raceBeforeNextSave = new ArrayList<>();
    int saves;
    final List<String> saved = new ArrayList<>();
    private boolean racing;

    @Override
    public Optional<WorkshopPlanning> find(LocalDate date) {
      return Optional.ofNullable(streams.get(date))
          .map(events -> WorkshopPlanning.replay(date, events));
    }

    @Override
    public void save(WorkshopPlanning planning) {
      if (!racing && !raceBeforeNextSave.isEmpty()) {
        racing = true;
        try {
          raceBeforeNextSave.remove(0).run();
        } finally {
          racing = false;
        }
      }
      List<WorkshopPlanningEvent> stream =
          streams.computeIfAbsent(planning.date(), date -> new ArrayList<>());
      if (stream.size() != planning.originalVersion()) {
        throw new ConcurrentUpdateException(planning.id(), planning.originalVersion());
      }
      stream.addAll(planning.pendingEvents());
      saves++;
      saved.add(
          planning.id()
              + " "
              + planning.originalVersion()
              + "->"
              + planning.version()
              + " "
              + planning.pendingEvents().stream().map(e -> e.getClass().getSimpleName()).toList());
    }
  }

  final InMemoryPlannings plannings = new InMemoryPlannings();
  final WorkshopPlanningService service =
      new WorkshopPlanningService(new PlanningCommandHandler(plannings), plannings, 5);

  static PlanMaintenanceJob job(int from, int to, String licenseNumber) {
    return new PlanMaintenanceJob(
        DAY,
        UUID.randomUUID(),
        DAY.atTime(from, 0),
        DAY.atTime(to, 0),
        new Customer("c1", "Jan", "+31612345678"),
        new VehicleInfo(licenseNumber, "Toyota", "Corolla"),
        "APK");
  }

  /** Another command that commits first, between our load and our append. */
  Runnable racer(PlanMaintenanceJob command) {
    return () -> new PlanningCommandHandler(plannings).plan(command);
  }

  @Test
  void theFirstJobOfADayCreatesItsPlanning() {
    WorkshopPlanning planning = service.plan(job(8, 10, "AB-12-CD"));

    assertEquals(2, planning.version());
    assertEquals(
        WorkshopPlanningEvent.WorkshopPlanningCreated.class,
        plannings.streams.get(DAY).get(0).getClass());
  }

  @Test
  void eachCommandAppendsItsEventsAtTheVersionItLoaded() {
    UUID jobId = UUID.randomUUID();
    PlanMaintenanceJob first = job(8, 10, "AB-12-CD");
    PlanMaintenanceJob second =
        new PlanMaintenanceJob(
            DAY,
            jobId,
            DAY.atTime(11, 0),
            DAY.atTime(12, 0),
            first.customer(),
            first.vehicle(),
            "x");

    service.plan(first);
    service.plan(second);
    service.finish(
        new FinishMaintenanceJob(DAY, jobId, DAY.atTime(11, 5), DAY.atTime(12, 5), "done"));

    assertEquals(
        List.of(
            "2026-12-01 0->2 [WorkshopPlanningCreated, MaintenanceJobPlanned]",
            "2026-12-01 2->3 [MaintenanceJobPlanned]",
            "2026-12-01 3->4 [MaintenanceJobFinished]"),
        plannings.saved);
  }

  @Test
  void aCommandThatLostARaceIsRunAgainOnTheFreshPlanning() {
    service.plan(job(8, 10, "AB-12-CD"));
    plannings.raceBeforeNextSave.add(racer(job(8, 10, "XY-12-CD")));

    WorkshopPlanning planning = service.plan(job(9, 11, "ZZ-12-CD"));

    assertEquals(3, planning.jobs().size());
    assertEquals(3, plannings.find(DAY).orElseThrow().jobs().size());
  }

  @Test
  void twoFirstJobsRacingBothEndUpInOnePlanning() {
    plannings.raceBeforeNextSave.add(racer(job(8, 10, "XY-12-CD")));

    service.plan(job(9, 11, "ZZ-12-CD"));

    List<WorkshopPlanningEvent> stream = plannings.streams.get(DAY);
    assertEquals(3, stream.size(), "one WorkshopPlanningCreated, two jobs: " + stream);
  }

  @Test
  void aRuleIsJudgedOnTheFreshPlanning() {
    service.plan(job(8, 11, "1-AAA-11"));
    service.plan(job(8, 11, "2-AAA-22"));
    plannings.raceBeforeNextSave.add(racer(job(8, 11, "3-AAA-33")));

    BusinessRuleViolationException thrown =
        assertThrows(
            BusinessRuleViolationException.class, () -> service.plan(job(9, 10, "4-AAA-44")));

    assertEquals("Maintenancejob overlaps with more than 3 other jobs.", thrown.getMessage());
    assertEquals(3, plannings.find(DAY).orElseThrow().jobs().size());
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    service.plan(job(6, 7, "AB-12-CD"));
    for (int i = 0; i < 5; i++) {
      plannings.raceBeforeNextSave.add(racer(job(12 + i, 13 + i, i + "-AAA-11")));
    }

    assertThrows(ConcurrentUpdateException.class, () -> service.plan(job(8, 9, "ZZ-12-CD")));
    assertEquals(6, plannings.find(DAY).orElseThrow().jobs().size());
  }

  @Test
  void finishingOnADayWithoutPlanningIsNotFound() {
    assertThrows(
        PlanningNotFoundException.class,
        () ->
            service.finish(
                new FinishMaintenanceJob(
                    DAY, UUID.randomUUID(), DAY.atTime(8, 0), DAY.atTime(9, 0), "x")));
    assertEquals(0, plannings.saves);
  }
}
