package nl.pitstop.workshop.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.pitstop.workshop.domain.WorkshopPlanningEvent.MaintenanceJobFinished;
import nl.pitstop.workshop.domain.WorkshopPlanningEvent.MaintenanceJobPlanned;
import nl.pitstop.workshop.domain.WorkshopPlanningEvent.VehicleInfo;
import nl.pitstop.workshop.domain.WorkshopPlanningEvent.WorkshopPlanningCreated;
import org.junit.jupiter.api.Test;

class WorkshopPlanningTest {

  static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  static final WorkshopPlanningCreated CREATED = new WorkshopPlanningCreated(DAY);
  static final Customer JAN = new Customer("c1", "Jan de Vries", "+31612345678");
  static final VehicleInfo TIGUAN = new VehicleInfo("AB-123-C", "Volkswagen", "Tiguan");
  static final String OVERLAP = "Maintenancejob overlaps with more than 3 other jobs.";
  static final String SAME_VEHICLE =
      "Only 1 maintenance job can be executed on a vehicle during a certain time-slot.";

  static LocalDateTime at(int hour) {
    return DAY.atTime(hour, 0);
  }

  static MaintenanceJobPlanned planned(UUID jobId, int from, int to, VehicleInfo vehicle) {
    return new MaintenanceJobPlanned(jobId, at(from), at(to), JAN, vehicle, "Maintenance job 1");
  }

  static VehicleInfo vehicle(String licenseNumber) {
    return new VehicleInfo(licenseNumber, "Toyota", "Corolla");
  }

  static void plan(WorkshopPlanning planning, MaintenanceJobPlanned job) {
    planning.planMaintenanceJob(
        job.jobId(),
        job.startTime(),
        job.endTime(),
        job.customer(),
        job.vehicle(),
        job.description());
  }

  @Test
  void createStartsAnEmptyPlanningOfTheDay() {
    WorkshopPlanning planning = WorkshopPlanning.create(DAY);

    assertEquals("2026-12-01", planning.id());
    assertEquals(0, planning.originalVersion());
    assertEquals(1, planning.version());
    assertTrue(planning.jobs().isEmpty());
    assertEquals(List.of(CREATED), planning.pendingEvents());
  }

  @Test
  void planningAJobAddsItWithEveryField() {
    MaintenanceJobPlanned job = planned(UUID.randomUUID(), 8, 11, TIGUAN);

    WorkshopPlanning planning =
        PlanningScenario.on(DAY).given(CREATED).when(p -> plan(p, job)).then(job);

    MaintenanceJob planned = planning.job(job.jobId()).orElseThrow();
    assertEquals(new Timeslot(at(8), at(11)), planned.plannedTimeslot());
    assertEquals(JAN, planned.customer());
    assertEquals(
        new Vehicle(new LicenseNumber("AB-123-C"), "Volkswagen", "Tiguan", "c1"),
        planned.vehicle());
    assertEquals("Maintenance job 1", planned.description());
    assertEquals("Planned", planned.status());
    assertNull(planned.actualTimeslot());
    assertNull(planned.notes());
  }

  @Test
  void aJobSpanningTwoDaysIsRejected() {
    MaintenanceJobPlanned job =
        new MaintenanceJobPlanned(
            UUID.randomUUID(), at(8).minusDays(2), at(8), JAN, TIGUAN, "Maintenance job 1");

    PlanningScenario.on(DAY)
        .given(CREATED)
        .when(p -> plan(p, job))
        .thenRejected(
            BusinessRuleViolationException.class,
            "Start-time and end-time of a Maintenance Job must be within a 1 day.");
  }

  @Test
  void aJobOnAnotherDayThanThePlanningIsInvalid() {
    MaintenanceJobPlanned job =
        new MaintenanceJobPlanned(
            UUID.randomUUID(), at(8).plusDays(1), at(10).plusDays(1), JAN, TIGUAN, "x");

    PlanningScenario.on(DAY)
        .given(CREATED)
        .when(p -> plan(p, job))
        .thenRejected(
            InvalidValueException.class,
            "The maintenance job must be planned on the day of this planning (2026-12-01).");
  }

  @Test
  void threeJobsInTheSameSlotFitButAFourthIsRejected() {
    PlanningScenario.on(DAY)
        .given(
            CREATED,
            planned(UUID.randomUUID(), 8, 11, vehicle("1-AAA-11")),
            planned(UUID.randomUUID(), 8, 11, vehicle("2-AAA-22")),
            planned(UUID.randomUUID(), 8, 11, vehicle("3-AAA-33")))
        .when(p -> plan(p, planned(UUID.randomUUID(), 8, 11, vehicle("4-AAA-44"))))
        .thenRejected(BusinessRuleViolationException.class, OVERLAP);
  }

  @Test
  void theThirdParallelJobFits() {
    MaintenanceJobPlanned third = planned(UUID.randomUUID(), 9, 10, vehicle("3-AAA-33"));
    PlanningScenario.on(DAY)
        .given(
            CREATED,
            planned(UUID.randomUUID(), 8, 11, vehicle("1-AAA-11")),
            planned(UUID.randomUUID(), 8, 11, vehicle("2-AAA-22")))
        .when(p -> plan(p, third))
        .then(third);
  }

  @Test
  void theRuleCountsJobsOverlappingTheNewOneNotJobsRunningAtOnce() {
    PlanningScenario.on(DAY)
        .given(
            CREATED,
            planned(UUID.randomUUID(), 8, 9, vehicle("1-AAA-11")),
            planned(UUID.randomUUID(), 10, 11, vehicle("2-AAA-22")),
            planned(UUID.randomUUID(), 12, 13, vehicle("3-AAA-33")))
        .when(p -> plan(p, planned(UUID.randomUUID(), 8, 13, vehicle("4-AAA-44"))))
        .thenRejected(BusinessRuleViolationException.class, OVERLAP);
  }

  @Test
  void completedJobsStillCountWithTheirPlannedSlot() {
    UUID done = UUID.randomUUID();
    PlanningScenario.on(DAY)
        .given(
            CREATED,
            planned(done, 8, 11, vehicle("1-AAA-11")),
            new MaintenanceJobFinished(done, at(6), at(7), "early"),
            planned(UUID.randomUUID(), 8, 11, vehicle("2-AAA-22")),
            planned(UUID.randomUUID(), 8, 11, vehicle("3-AAA-33")))
        .when(p -> plan(p, planned(UUID.randomUUID(), 10, 12, vehicle("4-AAA-44"))))
        .thenRejected(BusinessRuleViolationException.class, OVERLAP);
  }

  @Test
  void touchingSlotsDoNotOverlap() {
    MaintenanceJobPlanned next = planned(UUID.randomUUID(), 11, 12, vehicle("1-AAA-11"));
    PlanningScenario.on(DAY)
        .given(
            CREATED,
            planned(UUID.randomUUID(), 8, 11, vehicle("1-AAA-11")),
            planned(UUID.randomUUID(), 8, 11, vehicle("2-AAA-22")),
            planned(UUID.randomUUID(), 8, 11, vehicle("3-AAA-33")))
        .when(p -> plan(p, next))
        .then(next);
  }

  @Test
  void oneVehicleCannotHaveTwoOverlappingJobs() {
    PlanningScenario.on(DAY)
        .given(CREATED, planned(UUID.randomUUID(), 8, 11, TIGUAN))
        .when(p -> plan(p, planned(UUID.randomUUID(), 10, 12, TIGUAN)))
        .thenRejected(BusinessRuleViolationException.class, SAME_VEHICLE);
  }

  @Test
  void theCapacityRuleIsCheckedBeforeTheVehicleRule() {
    PlanningScenario.on(DAY)
        .given(
            CREATED,
            planned(UUID.randomUUID(), 8, 11, TIGUAN),
            planned(UUID.randomUUID(), 8, 11, vehicle("2-AAA-22")),
            planned(UUID.randomUUID(), 8, 11, vehicle("3-AAA-33")))
        .when(p -> plan(p, planned(UUID.randomUUID(), 8, 11, TIGUAN)))
        .thenRejected(BusinessRuleViolationException.class, OVERLAP);
  }

  @Test
  void theVehicleRuleIgnoresTheCaseOfLicenseNumbers() {
    PlanningScenario.on(DAY)
        .given(CREATED, planned(UUID.randomUUID(), 8, 11, TIGUAN))
        .when(p -> plan(p, planned(UUID.randomUUID(), 8, 11, vehicle("ab-123-c"))))
        .thenRejected(BusinessRuleViolationException.class, SAME_VEHICLE);
  }

  @Test
  void aJobIsPlannedWithItsLicenseNumberInUpperCase() {
    UUID jobId = UUID.randomUUID();
    PlanningScenario.on(DAY)
        .given(CREATED)
        .when(p -> plan(p, planned(jobId, 8, 11, vehicle("ab-123-c"))))
        .then(planned(jobId, 8, 11, vehicle("AB-123-C")));
  }

  @Test
  void theSameVehicleMayComeBackLaterThatDay() {
    MaintenanceJobPlanned later = planned(UUID.randomUUID(), 13, 14, TIGUAN);
    PlanningScenario.on(DAY)
        .given(CREATED, planned(UUID.randomUUID(), 8, 11, TIGUAN))
        .when(p -> plan(p, later))
        .then(later);
  }

  @Test
  void aJobIdIsPlannedOnce() {
    UUID jobId = UUID.randomUUID();
    PlanningScenario.on(DAY)
        .given(CREATED, planned(jobId, 8, 9, TIGUAN))
        .when(p -> plan(p, planned(jobId, 14, 15, vehicle("2-AAA-22"))))
        .thenRejected(
            BusinessRuleViolationException.class,
            "A maintenance job with id " + jobId + " is already planned.");
  }

  @Test
  void aJobMustStartBeforeItEnds() {
    PlanningScenario.on(DAY)
        .given(CREATED)
        .when(
            p ->
                plan(
                    p,
                    new MaintenanceJobPlanned(UUID.randomUUID(), at(10), at(10), JAN, TIGUAN, "x")))
        .thenRejected(
            InvalidValueException.class,
            "The specified start-time may not be after the specified end-time.");
  }

  @Test
  void aJobNeedsAWellFormedLicenseNumber() {
    PlanningScenario.on(DAY)
        .given(CREATED)
        .when(p -> plan(p, planned(UUID.randomUUID(), 8, 9, vehicle("123456"))))
        .thenRejected(
            InvalidValueException.class,
            "The specified license-number '123456' is not in the correct format.");
  }

  @Test
  void finishingAJobCompletesItAndKeepsItsPlannedSlot() {
    UUID jobId = UUID.randomUUID();
    MaintenanceJobFinished finished = new MaintenanceJobFinished(jobId, at(9), at(12), "Done");

    WorkshopPlanning planning =
        PlanningScenario.on(DAY)
            .given(CREATED, planned(jobId, 8, 11, TIGUAN))
            .when(p -> p.finishMaintenanceJob(jobId, at(9), at(12), "Done"))
            .then(finished);

    MaintenanceJob job = planning.job(jobId).orElseThrow();
    assertEquals(2, planning.originalVersion());
    assertEquals(3, planning.version());
    assertEquals(new Timeslot(at(8), at(11)), job.plannedTimeslot());
    assertEquals(new Timeslot(at(9), at(12)), job.actualTimeslot());
    assertEquals("Done", job.notes());
    assertEquals("Completed", job.status());
  }

  @Test
  void actualTimesMayLieOnAnotherDay() {
    UUID jobId = UUID.randomUUID();
    LocalDateTime nextMorning = DAY.plusDays(1).atTime(LocalTime.of(9, 30));
    PlanningScenario.on(DAY)
        .given(CREATED, planned(jobId, 8, 11, TIGUAN))
        .when(p -> p.finishMaintenanceJob(jobId, at(8), nextMorning, "overnight"))
        .then(new MaintenanceJobFinished(jobId, at(8), nextMorning, "overnight"));
  }

  @Test
  void anAlreadyFinishedJobCannotBeFinished() {
    UUID jobId = UUID.randomUUID();
    PlanningScenario.on(DAY)
        .given(
            CREATED,
            planned(jobId, 8, 11, TIGUAN),
            new MaintenanceJobFinished(jobId, at(8), at(11), "Done"))
        .when(p -> p.finishMaintenanceJob(jobId, at(8), at(11), "Again"))
        .thenRejected(
            BusinessRuleViolationException.class, "An already finished job can not be finished.");
  }

  @Test
  void finishingAnUnknownJobIsNotFound() {
    UUID unknown = UUID.randomUUID();
    PlanningScenario.on(DAY)
        .given(CREATED, planned(UUID.randomUUID(), 8, 11, TIGUAN))
        .when(p -> p.finishMaintenanceJob(unknown, at(8), at(11), "?"))
        .thenRejected(
            MaintenanceJobNotFoundException.class,
            "Maintenance job with id " + unknown + " not found.");
  }

  @Test
  void theActualStartMustBeBeforeTheActualEnd() {
    UUID jobId = UUID.randomUUID();
    PlanningScenario.on(DAY)
        .given(CREATED, planned(jobId, 8, 11, TIGUAN))
        .when(p -> p.finishMaintenanceJob(jobId, at(11), at(9), "?"))
        .thenRejected(
            InvalidValueException.class,
            "The specified start-time may not be after the specified end-time.");
  }

  @Test
  void jobsKeepTheOrderTheyWerePlannedIn() {
    UUID late = UUID.randomUUID();
    UUID early = UUID.randomUUID();
    WorkshopPlanning planning =
        WorkshopPlanning.replay(
            DAY,
            List.of(
                CREATED, planned(late, 14, 15, TIGUAN), planned(early, 8, 9, vehicle("1-AAA-11"))));

    assertEquals(
        List.of(late, early), planning.jobs().stream().map(MaintenanceJob::jobId).toList());
    assertTrue(planning.pendingEvents().isEmpty());
  }

  @Test
  void aSnapshotPlusTheLaterEventsIsThePlanningOfTheWholeHistory() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    List<WorkshopPlanningEvent> history =
        List.of(
            CREATED,
            planned(first, 8, 11, TIGUAN),
            planned(second, 9, 10, vehicle("1-AAA-11")),
            new MaintenanceJobFinished(first, at(8), at(10), "Done"));

    WorkshopPlanningSnapshot snapshot =
        WorkshopPlanning.replay(DAY, history.subList(0, 2)).snapshot();
    WorkshopPlanning restored = WorkshopPlanning.restore(snapshot, history.subList(2, 4));
    WorkshopPlanning replayed = WorkshopPlanning.replay(DAY, history);

    assertEquals(2, snapshot.version());
    assertEquals(replayed.jobs(), restored.jobs());
    assertEquals(4, restored.version());
    assertEquals(4, restored.originalVersion());
    assertEquals(replayed.snapshot(), restored.snapshot());
  }
}
