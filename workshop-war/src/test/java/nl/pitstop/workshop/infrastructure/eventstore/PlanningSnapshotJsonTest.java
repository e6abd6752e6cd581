package nl.pitstop.workshop.infrastructure.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.pitstop.messages.EventCodec;
import nl.pitstop.workshop.domain.Customer;
import nl.pitstop.workshop.domain.WorkshopPlanning;
import nl.pitstop.workshop.domain.WorkshopPlanningEvent;
import nl.pitstop.workshop.domain.WorkshopPlanningEvent.VehicleInfo;
import nl.pitstop.workshop.domain.WorkshopPlanningSnapshot;
import org.junit.jupiter.api.Test;

class PlanningSnapshotJsonTest {

  static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  static WorkshopPlanning planningWith(int jobs) {
    WorkshopPlanning planning = WorkshopPlanning.create(DAY);
    for (int i = 0; i < jobs; i++) {
      planning.planMaintenanceJob(
          UUID.randomUUID(),
          DAY.atStartOfDay().plusMinutes(i),
          DAY.atStartOfDay().plusMinutes(i + 1),
          new Customer("c" + i, i % 2 == 0 ? "Jan <b>de</b> Vries" : null, null),
          new VehicleInfo("AB-" + (i + 1) + "-CD", "Toyota", i % 3 == 0 ? null : "Corolla"),
          i % 5 == 0 ? null : "Job " + i);
    }
    UUID first = planning.jobs().get(0).jobId();
    planning.finishMaintenanceJob(
        first, DAY.atTime(0, 2), DAY.plusDays(1).atTime(1, 0), "Notes \"quoted\"");
    return planning;
  }

  @Test
  void aSnapshotReadsBackAsTheSameState() {
    WorkshopPlanningSnapshot snapshot = planningWith(20).snapshot();

    WorkshopPlanningSnapshot read =
        PlanningSnapshotJson.fromBytes(PlanningSnapshotJson.toBytes(snapshot));

    assertEquals(snapshot, read);
    assertEquals(22, read.version());
    assertEquals("Completed", read.jobs().get(0).status());
  }

  @Test
  void aSnapshotIsStoredCompressed() {
    WorkshopPlanningSnapshot snapshot = planningWith(500).snapshot();

    int json = PlanningSnapshotJson.toJson(snapshot).getBytes(StandardCharsets.UTF_8).length;
    int stored = PlanningSnapshotJson.toBytes(snapshot).length;

    assertTrue(stored * 4 < json, stored + " bytes stored for " + json + " bytes of JSON");
  }

  @Test
  void eventsReadBackFromTheirStoredJsonAsTheSameDomainEvents() {
    WorkshopPlanning planning = planningWith(3);

    List<WorkshopPlanningEvent> read =
        planning.pendingEvents().stream()
            .map(event -> PlanningEvents.toIntegration(event, DAY))
            .map(event -> EventCodec.fromJson(event.messageType(), EventCodec.toJson(event)))
            .map(PlanningEvents::toDomain)
            .toList();

    assertEquals(planning.pendingEvents(), read);
    assertEquals(
        planning.jobs(),
        WorkshopPlanning.replay(DAY, read).jobs(),
        "replaying the stored events gives the same planning");
    assertTrue(read.get(0) instanceof WorkshopPlanningEvent.WorkshopPlanningCreated);
  }
}
