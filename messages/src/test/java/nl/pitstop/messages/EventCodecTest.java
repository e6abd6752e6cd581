package nl.pitstop.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCodecTest {

  static final CustomerRegistered SAMPLE =
      new CustomerRegistered(
          UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"),
          "3f2b8c1d9e6a4b7c8d0e1f2a3b4c5d6e",
          "Jan Jansen",
          "Kerkstraat 1",
          "1234 AB",
          "Amsterdam",
          "+31612345678",
          "jan.jansen@example.com");

  static String golden(String type) throws IOException {
    try (InputStream in = EventCodecTest.class.getResourceAsStream("/golden/" + type + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void writesTheGoldenJsonOfCustomerRegistered() throws IOException {
    assertEquals(parse(golden("CustomerRegistered")), parse(EventCodec.toJson(SAMPLE)));
  }

  @Test
  void readsTheGoldenJsonOfCustomerRegistered() throws IOException {
    assertEquals(SAMPLE, EventCodec.fromJson("CustomerRegistered", golden("CustomerRegistered")));
  }

  @Test
  void putsTheMessageTypeFirst() {
    assertTrue(EventCodec.toJson(SAMPLE).startsWith("{\"messageType\":\"CustomerRegistered\""));
  }

  @Test
  void theAggregateOfACustomerEventIsTheCustomer() {
    assertEquals(SAMPLE.customerId(), SAMPLE.aggregateId());
  }

  @Test
  void everyEventTypeIsListedInItsDeclaredOrderAndKnownToTheCodec() {
    assertEquals(
        List.of(
            "CustomerRegistered",
            "VehicleRegistered",
            "WorkshopPlanningCreated",
            "MaintenanceJobPlanned",
            "MaintenanceJobFinished",
            "DayHasPassed"),
        IntegrationEvent.messageTypes());
    IntegrationEvent.messageTypes()
        .forEach(type -> assertEquals(type, EventCodec.typeOf(type).orElseThrow().getSimpleName()));
  }

  @Test
  void rejectsAnUnknownType() {
    assertThrows(IllegalArgumentException.class, () -> EventCodec.fromJson("Nope", "{}"));
  }

  @Test
  void rejectsJsonWithoutMessageId() {
    assertThrows(
        IllegalArgumentException.class,
        () -> EventCodec.fromJson("CustomerRegistered", "{\"customerId\":\"1\"}"));
  }

  @Test
  void rejectsMalformedJson() {
    assertThrows(
        IllegalArgumentException.class,
        () -> EventCodec.fromJson("CustomerRegistered", "{\"messageId\":"));
  }
}
