package it.nl.pitstop.system;

import static it.nl.pitstop.system.Pitstop.HANDLERS;
import static it.nl.pitstop.system.Pitstop.VEHICLE;
import static it.nl.pitstop.system.Pitstop.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.pitstop.messages.EventCodec;
import nl.pitstop.messages.EventTopic;
import nl.pitstop.messages.MaintenanceJobPlanned;
import nl.pitstop.testing.HttpJson;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * A vehicle registration flows through every layer: vehicle API, its outbox, the broker, the
 * handlers' MDBs (workshop projection and audit log) and the workshop's reference data API. A job
 * planned for a vehicle the workshop does not know yet adds it (and its customer) from the job.
 */
@SideBySide
class VehicleRegistrationFlowIT {

  static final Duration PROPAGATION = CustomerRegistrationFlowIT.PROPAGATION;

  /** A license number no earlier run used, in upper case, e.g. {@code QXZ-417-BKM}. */
  static String newLicenseNumber() {
    return letters() + "-" + ThreadLocalRandom.current().nextInt(100, 1000) + "-" + letters();
  }

  private static String letters() {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return letters.toString();
  }

  static String registerVehicle(String licenseNumber, String ownerId) {
    String body =
        """
        {"licenseNumber": "%s", "brand": "Volkswagen", "type": "Tiguan", "ownerId": "%s"}
        """
            .formatted(licenseNumber, ownerId);
    HttpResponse<String> created = VEHICLE.post("api/vehicles", body);
    assertEquals(201, created.statusCode(), created.body());
    return HttpJson.json(created).asJsonObject().getString("licenseNumber");
  }

  static boolean inReferenceData(String licenseNumber) {
    return WORKSHOP.get("api/refdata/vehicles/" + licenseNumber).statusCode() == 200;
  }

  static List<JsonObject> auditEntriesOf(String licenseNumber) {
    JsonArray entries =
        HttpJson.ok(
                HANDLERS.get(
                    "api/auditlog?type=VehicleRegistered&size=500&aggregateId=" + licenseNumber))
            .asJsonArray();
    return entries.stream()
        .map(JsonObject.class::cast)
        .filter(e -> licenseNumber.equals(e.getString("aggregateId", null)))
        .toList();
  }

  @Test
  void aRegisteredVehicleReachesTheWorkshopAndTheAuditLog() throws Exception {
    String owner = CustomerRegistrationFlowIT.register("Vehicle Owner");
    String plate = newLicenseNumber();

    assertEquals(plate, registerVehicle(plate.toLowerCase(Locale.ROOT), owner));

    HttpJson.eventually(
        PROPAGATION, "vehicle in the workshop's reference data", () -> inReferenceData(plate));
    HttpJson.eventually(
        PROPAGATION, "VehicleRegistered in the audit log", () -> auditEntriesOf(plate).size() == 1);

    JsonObject reference =
        HttpJson.ok(WORKSHOP.get("api/refdata/vehicles/" + plate.toLowerCase(Locale.ROOT)))
            .asJsonObject();
    assertEquals(
        List.of("brand", "licenseNumber", "ownerId", "type"),
        reference.keySet().stream().sorted().toList());
    assertEquals(plate, reference.getString("licenseNumber"));
    assertEquals("Volkswagen", reference.getString("brand"));
    assertEquals("Tiguan", reference.getString("type"));
    assertEquals(owner, reference.getString("ownerId"));
    assertTrue(
        HttpJson.ok(WORKSHOP.get("api/refdata/vehicles?search=" + plate)).asJsonArray().stream()
            .map(JsonObject.class::cast)
            .anyMatch(v -> v.getString("licenseNumber").equals(plate)));
    // the owner's CustomerRegistered comes from another server's outbox: no order between the two
    HttpJson.eventually(
        PROPAGATION,
        "owner in the workshop's reference data",
        () -> CustomerRegistrationFlowIT.inReferenceData(owner));

    JsonObject audit = auditEntriesOf(plate).get(0);
    assertEquals("VehicleRegistered", audit.getString("messageType"));
    JsonObject event = audit.getJsonObject("event");
    assertEquals(plate, event.getString("licenseNumber"));
    assertEquals(owner, event.getString("ownerId"));
    assertEquals(audit.getString("messageId"), event.getString("messageId"));
  }

  @Test
  void aJobPlannedForAnUnknownVehicleAddsItAndItsCustomerFromTheJob() throws Exception {
    String plate = newLicenseNumber();
    String customerId = "planned-" + UUID.randomUUID();
    LocalDateTime start = LocalDateTime.now().plusDays(1).withHour(8).withMinute(0).withNano(0);
    MaintenanceJobPlanned planned =
        new MaintenanceJobPlanned(
            UUID.randomUUID(),
            UUID.randomUUID(),
            start,
            start.plusHours(2),
            new MaintenanceJobPlanned.CustomerInfo(customerId, "Plan Ned", "0201234567"),
            new MaintenanceJobPlanned.VehicleInfo(plate.toLowerCase(Locale.ROOT), "Opel", "Corsa"),
            "Brakes");
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(
                nl.pitstop.testing.Broker.url(),
                nl.pitstop.testing.Broker.USER,
                nl.pitstop.testing.Broker.PASSWORD);
        JMSContext context = factory.createContext()) {
      TextMessage message = context.createTextMessage(EventCodec.toJson(planned));
      message.setStringProperty(EventTopic.MESSAGE_TYPE, planned.messageType());
      message.setStringProperty(EventTopic.MESSAGE_ID, planned.messageId().toString());
      message.setStringProperty(EventTopic.AGGREGATE_ID, planned.aggregateId());
      context.createProducer().send(context.createTopic("pitstop.events"), message);
    }

    HttpJson.eventually(
        PROPAGATION, "the job's vehicle in the reference data", () -> inReferenceData(plate));
    JsonObject vehicle = HttpJson.ok(WORKSHOP.get("api/refdata/vehicles/" + plate)).asJsonObject();
    assertEquals(plate, vehicle.getString("licenseNumber"));
    assertEquals("Opel", vehicle.getString("brand"));
    assertEquals(customerId, vehicle.getString("ownerId"));
    JsonObject customer =
        HttpJson.ok(WORKSHOP.get("api/refdata/customers/" + customerId)).asJsonObject();
    assertEquals("Plan Ned", customer.getString("name"));
  }
}
