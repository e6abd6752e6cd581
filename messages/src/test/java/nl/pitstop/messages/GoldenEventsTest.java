package nl.pitstop.messages;

import static nl.pitstop.messages.EventCodecTest.golden;
import static nl.pitstop.messages.EventCodecTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event type against its golden JSON, both ways: the JSON is a contract between services. */
class GoldenEventsTest {

  static final UUID JOB = UUID.fromString("5b1f6e52-8d3a-4c0e-9f4d-2a7b6c8e9d01");

  static Stream<IntegrationEvent> samples() {
    return List.<IntegrationEvent>of(
        EventCodecTest.SAMPLE,
        new VehicleRegistered(
            UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
            "AB-123-C",
            "Volkswagen",
            "Tiguan",
            "3f2b8c1d9e6a4b7c8d0e1f2a3b4c5d6e"),
        new WorkshopPlanningCreated(
            UUID.fromString("9a3e1b52-3d3f-4c55-9a9e-7d1c2b0c6f11"), LocalDate.of(2026, 12, 1)),
        new MaintenanceJobPlanned(
            UUID.fromString("1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d"),
            JOB,
            LocalDateTime.of(2026, 12, 1, 8, 0),
            LocalDateTime.of(2026, 12, 1, 10, 0),
            new MaintenanceJobPlanned.CustomerInfo(
                "3f2b8c1d9e6a4b7c8d0e1f2a3b4c5d6e", "Jan Jansen", "+31612345678"),
            new MaintenanceJobPlanned.VehicleInfo("AB-123-C", "Volkswagen", "Tiguan"),
            "Maintenance job 1234"),
        new MaintenanceJobFinished(
            UUID.fromString("2e3d4c5b-6f7a-4b8c-9d0e-1f2a3b4c5d6e"),
            JOB,
            LocalDate.of(2026, 12, 1),
            LocalDateTime.of(2026, 12, 1, 8, 30),
            LocalDateTime.of(2026, 12, 1, 10, 15),
            "Replaced the brake pads."),
        new DayHasPassed(
            UUID.fromString("4b7d2e1a-9c8f-4e3d-a2b1-0f9e8d7c6b5a"), LocalDate.of(2026, 12, 2)))
        .stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void writesTheGoldenJson(IntegrationEvent event) throws IOException {
    assertEquals(parse(golden(event.messageType())), parse(EventCodec.toJson(event)));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void readsTheGoldenJson(IntegrationEvent event) throws IOException {
    assertEquals(event, EventCodec.fromJson(event.messageType(), golden(event.messageType())));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyEventTypeIsKnownByItsName(IntegrationEvent event) {
    assertEquals(event.getClass(), EventCodec.typeOf(event.messageType()).orElseThrow());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void workshopEventsBelongToThePlanningOfTheirDay(IntegrationEvent event) {
    if (!(event instanceof CustomerRegistered)
        && !(event instanceof VehicleRegistered)
        && !(event instanceof DayHasPassed)) {
      assertEquals("2026-12-01", event.aggregateId());
    }
  }

  @Test
  void aDayHasPassedIsAboutTheDayThatBegins() {
    assertEquals(
        "2026-12-02", new DayHasPassed(UUID.randomUUID(), LocalDate.of(2026, 12, 2)).aggregateId());
  }
}
