package nl.pitstop.handlers.workshop.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.pitstop.handlers.handling.Delivery;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.messages.IntegrationEvent;
import nl.pitstop.messages.MaintenanceJobFinished;
import nl.pitstop.messages.MaintenanceJobPlanned;
import nl.pitstop.messages.MaintenanceJobPlanned.CustomerInfo;
import nl.pitstop.messages.MaintenanceJobPlanned.VehicleInfo;
import nl.pitstop.messages.VehicleRegistered;
import nl.pitstop.messages.WorkshopPlanningCreated;
import org.junit.jupiter.api.Test;

class WorkshopProjectionTest {

  static final LocalDateTime EIGHT = LocalDateTime.of(2026, 12, 1, 8, 0);
  static final LocalDateTime TEN = EIGHT.plusHours(2);

  final InMemoryReadModel readModel = new InMemoryReadModel();
  final WorkshopProjection projection = new WorkshopProjection(readModel);

  /** One delivery of the event, in its own transaction. */
  boolean deliver(IntegrationEvent event) {
    return readModel.transaction(() -> projection.handle(Delivery.first(event)));
  }

  static CustomerRegistered customerRegistered(String id, String name) {
    return new CustomerRegistered(
        UUID.randomUUID(), id, name, "Kerkstraat 1", "1234 AB", "Amsterdam", "0612", "a@b.nl");
  }

  static VehicleRegistered vehicleRegistered(String licenseNumber, String ownerId) {
    return new VehicleRegistered(UUID.randomUUID(), licenseNumber, "Volkswagen", "Tiguan", ownerId);
  }

  static MaintenanceJobPlanned planned(UUID jobId, String customerId, String licenseNumber) {
    return new MaintenanceJobPlanned(
        UUID.randomUUID(),
        jobId,
        EIGHT,
        TEN,
        new CustomerInfo(customerId, "Jan Jansen", "0612345678"),
        new VehicleInfo(licenseNumber, "Opel", "Corsa"),
        "Brakes");
  }

  static MaintenanceJobFinished finished(UUID jobId) {
    return new MaintenanceJobFinished(
        UUID.randomUUID(),
        jobId,
        EIGHT.toLocalDate(),
        EIGHT.plusMinutes(15),
        TEN.plusMinutes(30),
        "Replaced the brake pads.");
  }

  @Test
  void aRegisteredCustomerBecomesReferenceData() {
    assertTrue(deliver(customerRegistered("c1", "Jan")));

    CustomerReference customer = readModel.customers.get("c1");
    assertEquals("Jan", customer.name());
    assertEquals("0612", customer.telephoneNumber());
  }

  @Test
  void aRegisteredVehicleBecomesReferenceDataUnderItsUpperCaseLicenseNumber() {
    assertTrue(deliver(vehicleRegistered("ab-12-cd", "c1")));

    VehicleReference vehicle = readModel.vehicles.get("AB-12-CD");
    assertEquals("AB-12-CD", vehicle.licenseNumber());
    assertEquals("Volkswagen", vehicle.brand());
    assertEquals("Tiguan", vehicle.type());
    assertEquals("c1", vehicle.ownerId());
  }

  @Test
  void theSameMessageTwiceIsHandledOnce() {
    VehicleRegistered event = vehicleRegistered("AB-12-CD", "c1");

    assertTrue(deliver(event));
    assertFalse(deliver(event));

    assertEquals(1, readModel.vehicles.size());
    assertEquals(1, readModel.processed.size());
    assertEquals("VehicleRegistered", readModel.processed.values().iterator().next().messageType());
  }

  @Test
  void aSecondRegistrationOfAVehicleIsSkippedAndKeepsTheFirst() {
    deliver(vehicleRegistered("AB-12-CD", "first"));

    assertTrue(deliver(vehicleRegistered("ab-12-cd", "second")));

    assertEquals(1, readModel.vehicles.size());
    assertEquals("first", readModel.vehicles.get("AB-12-CD").ownerId());
    assertEquals(2, readModel.processed.size(), "both messages are handled");
  }

  @Test
  void aSecondRegistrationOfACustomerIsSkippedAndKeepsTheFirst() {
    deliver(customerRegistered("c1", "First"));

    assertTrue(deliver(customerRegistered("c1", "Second")));

    assertEquals("First", readModel.customers.get("c1").name());
  }

  @Test
  void aPlannedJobIsStoredWithItsPlanningDate() {
    UUID jobId = UUID.randomUUID();

    assertTrue(deliver(planned(jobId, "c1", "AB-12-CD")));

    MaintenanceJob job = readModel.jobs.get(jobId);
    assertEquals(jobId, job.id());
    assertEquals(EIGHT, job.startTime());
    assertEquals(TEN, job.endTime());
    assertEquals("c1", job.customerId());
    assertEquals("AB-12-CD", job.vehicleLicenseNumber());
    assertEquals("Brakes", job.description());
    assertEquals(LocalDate.of(2026, 12, 1), job.workshopPlanningDate());
    assertNull(job.actualStartTime());
    assertNull(job.actualEndTime());
    assertNull(job.notes());
  }

  @Test
  void aPlannedJobOfAnUnknownCustomerAndVehicleAddsThemFromItsData() {
    UUID jobId = UUID.randomUUID();

    deliver(planned(jobId, "c9", "xy-1-z"));

    CustomerReference customer = readModel.customers.get("c9");
    assertEquals("Jan Jansen", customer.name());
    assertEquals("0612345678", customer.telephoneNumber());
    VehicleReference vehicle = readModel.vehicles.get("XY-1-Z");
    assertEquals("Opel", vehicle.brand());
    assertEquals("Corsa", vehicle.type());
    assertEquals("c9", vehicle.ownerId(), "the owner is the job's customer");
    assertEquals("XY-1-Z", readModel.jobs.get(jobId).vehicleLicenseNumber());
  }

  @Test
  void aPlannedJobOfAKnownCustomerAndVehicleLeavesThemAsTheyAre() {
    deliver(customerRegistered("c1", "Registered Name"));
    deliver(vehicleRegistered("AB-12-CD", "owner-1"));

    deliver(planned(UUID.randomUUID(), "c1", "ab-12-cd"));

    assertEquals(Map.of("c1", "Registered Name"), names(readModel.customers));
    assertEquals(List.of("AB-12-CD"), List.copyOf(readModel.vehicles.keySet()));
    assertEquals("Volkswagen", readModel.vehicles.get("AB-12-CD").brand());
    assertEquals("owner-1", readModel.vehicles.get("AB-12-CD").ownerId());
  }

  @Test
  void aSecondPlanningOfAJobIsSkippedAndKeepsTheFirst() {
    UUID jobId = UUID.randomUUID();
    deliver(planned(jobId, "c1", "AB-12-CD"));

    assertTrue(deliver(planned(jobId, "c2", "XY-1-Z")));

    assertEquals(1, readModel.jobs.size());
    assertEquals("c1", readModel.jobs.get(jobId).customerId());
  }

  @Test
  void aFinishedJobGetsItsActualTimesAndNotes() {
    UUID jobId = UUID.randomUUID();
    deliver(planned(jobId, "c1", "AB-12-CD"));

    assertTrue(deliver(finished(jobId)));

    MaintenanceJob job = readModel.jobs.get(jobId);
    assertEquals(EIGHT.plusMinutes(15), job.actualStartTime());
    assertEquals(TEN.plusMinutes(30), job.actualEndTime());
    assertEquals("Replaced the brake pads.", job.notes());
    assertEquals(EIGHT, job.startTime(), "the planned times stay");
  }

  // --- a Finished before its Planned (redelivered or concurrent messages) ---

  @Test
  void aFinishedBeforeItsPlannedIsKeptAsAnUnplannedFinishedJob() {
    UUID jobId = UUID.randomUUID();

    assertTrue(deliver(finished(jobId)));

    MaintenanceJob job = readModel.jobs.get(jobId);
    assertFalse(job.isPlanned());
    assertEquals(EIGHT.plusMinutes(15), job.actualStartTime());
    assertEquals(TEN.plusMinutes(30), job.actualEndTime());
    assertEquals("Replaced the brake pads.", job.notes());
    assertNull(job.startTime());
    assertNull(job.workshopPlanningDate());
    assertEquals(1, readModel.processed.size(), "handled, not left for redelivery");
    assertTrue(readModel.customers.isEmpty());
    assertTrue(readModel.vehicles.isEmpty());
  }

  @Test
  void finishedThenPlannedGivesTheSameReadModelAsPlannedThenFinished() {
    UUID jobId = UUID.randomUUID();
    MaintenanceJobPlanned planned = planned(jobId, "c1", "ab-12-cd");
    MaintenanceJobFinished finished = finished(jobId);
    InMemoryReadModel inOrder = new InMemoryReadModel();
    WorkshopProjection inOrderProjection = new WorkshopProjection(inOrder);
    inOrder.transaction(() -> inOrderProjection.handle(Delivery.first(planned)));
    inOrder.transaction(() -> inOrderProjection.handle(Delivery.first(finished)));

    assertTrue(deliver(finished));
    assertTrue(deliver(planned));

    assertSameReadModel(inOrder, readModel);
    MaintenanceJob job = readModel.jobs.get(jobId);
    assertTrue(job.isPlanned());
    assertEquals(EIGHT, job.startTime());
    assertEquals(TEN, job.endTime());
    assertEquals(LocalDate.of(2026, 12, 1), job.workshopPlanningDate());
    assertEquals("AB-12-CD", job.vehicleLicenseNumber());
    assertEquals(TEN.plusMinutes(30), job.actualEndTime(), "shown finished");
    assertEquals("Replaced the brake pads.", job.notes());
  }

  @Test
  void theSameFinishedTwiceBeforeItsPlannedChangesNothingTheSecondTime() {
    UUID jobId = UUID.randomUUID();
    MaintenanceJobFinished finished = finished(jobId);
    deliver(finished);
    List<Object> before = row(readModel.jobs.get(jobId));

    assertFalse(deliver(finished));

    assertEquals(before, row(readModel.jobs.get(jobId)));
    assertEquals(1, readModel.jobs.size());
    assertEquals(1, readModel.processed.size());
  }

  @Test
  void theSamePlannedTwiceAfterAnEarlyFinishedChangesNothingTheSecondTime() {
    UUID jobId = UUID.randomUUID();
    MaintenanceJobPlanned planned = planned(jobId, "c1", "AB-12-CD");
    deliver(finished(jobId));
    deliver(planned);
    List<Object> before = row(readModel.jobs.get(jobId));

    assertFalse(deliver(planned));

    assertEquals(before, row(readModel.jobs.get(jobId)));
    assertEquals(2, readModel.processed.size());
  }

  @Test
  void aSecondPlanningOfAJobFinishedBeforeItsPlanningKeepsTheFirst() {
    UUID jobId = UUID.randomUUID();
    deliver(finished(jobId));
    deliver(planned(jobId, "c1", "AB-12-CD"));

    assertTrue(deliver(planned(jobId, "c2", "XY-1-Z")));

    MaintenanceJob job = readModel.jobs.get(jobId);
    assertEquals("c1", job.customerId());
    assertEquals("AB-12-CD", job.vehicleLicenseNumber());
    assertEquals("Replaced the brake pads.", job.notes(), "still finished");
    assertFalse(readModel.customers.containsKey("c2"), "the skipped planning adds no customer");
  }

  @Test
  void otherEventsAreOnlyRecordedAsHandled() {
    assertTrue(deliver(new WorkshopPlanningCreated(UUID.randomUUID(), LocalDate.of(2026, 12, 1))));

    assertEquals(1, readModel.processed.size());
    assertTrue(readModel.customers.isEmpty());
    assertTrue(readModel.vehicles.isEmpty());
    assertTrue(readModel.jobs.isEmpty());
  }

  /** Every column of a job's row. */
  static List<Object> row(MaintenanceJob job) {
    return Arrays.asList(
        job.id(),
        job.startTime(),
        job.endTime(),
        job.customerId(),
        job.vehicleLicenseNumber(),
        job.description(),
        job.actualStartTime(),
        job.actualEndTime(),
        job.notes(),
        job.workshopPlanningDate());
  }

  /** The same rows in both read models, whatever order they were added in. */
  static void assertSameReadModel(InMemoryReadModel expected, InMemoryReadModel actual) {
    assertEquals(expected.processed.keySet(), actual.processed.keySet(), "processed messages");
    assertEquals(
        expected.customers.values().stream()
            .map(c -> List.of(c.customerId(), c.name(), c.telephoneNumber()))
            .collect(Collectors.toSet()),
        actual.customers.values().stream()
            .map(c -> List.of(c.customerId(), c.name(), c.telephoneNumber()))
            .collect(Collectors.toSet()),
        "customers");
    assertEquals(
        expected.vehicles.values().stream()
            .map(v -> List.of(v.licenseNumber(), v.brand(), v.type(), v.ownerId()))
            .collect(Collectors.toSet()),
        actual.vehicles.values().stream()
            .map(v -> List.of(v.licenseNumber(), v.brand(), v.type(), v.ownerId()))
            .collect(Collectors.toSet()),
        "vehicles");
    assertEquals(
        expected.jobs.values().stream()
            .map(WorkshopProjectionTest::row)
            .collect(Collectors.toSet()),
        actual.jobs.values().stream().map(WorkshopProjectionTest::row).collect(Collectors.toSet()),
        "maintenance jobs");
  }

  private static Map<String, String> names(Map<String, CustomerReference> customers) {
    return customers.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
  }
}
