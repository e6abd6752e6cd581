package it.nl.pitstop.system;

import static it.nl.pitstop.system.Pitstop.CUSTOMER;
import static it.nl.pitstop.system.Pitstop.HANDLERS;
import static it.nl.pitstop.system.Pitstop.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.Test;

/**
 * One customer registration flows through every layer: customer API, its outbox, the broker, the
 * handlers' MDBs (workshop projection and audit log) and the workshop's reference data API. (What a
 * stop and a restart of the handlers do to it: {@link HandlersDowntimeIT}.)
 */
@SideBySide
class CustomerRegistrationFlowIT {

  static final Duration PROPAGATION = Duration.ofSeconds(15);

  static String register(String name) {
    String id = UUID.randomUUID().toString().replace("-", "");
    String body =
        """
        {"customerId": "%s", "name": "%s", "address": "Stationsweg 3", "postalCode": "9999 ZZ",
         "city": "Amsterdam", "telephoneNumber": "0612345678", "emailAddress": "x@example.com"}
        """
            .formatted(id, name);
    assertEquals(201, CUSTOMER.post("api/customers", body).statusCode());
    return id;
  }

  static boolean inReferenceData(String customerId) {
    return WORKSHOP.get("api/refdata/customers/" + customerId).statusCode() == 200;
  }

  static List<JsonObject> auditEntriesOf(String customerId) {
    JsonArray entries =
        HttpJson.ok(
                HANDLERS.get(
                    "api/auditlog?type=CustomerRegistered&size=500&aggregateId=" + customerId))
            .asJsonArray();
    return entries.stream()
        .map(JsonObject.class::cast)
        .filter(e -> customerId.equals(e.getString("aggregateId", null)))
        .toList();
  }

  static long referenceDataCount(String customerId) {
    return WORKSHOP.everyPage("api/refdata/customers").stream()
        .filter(c -> c.getString("customerId").equals(customerId))
        .count();
  }

  @Test
  void aRegisteredCustomerReachesTheWorkshopAndTheAuditLog() throws Exception {
    String first = register("Flow <i>One</i>");

    HttpJson.eventually(
        PROPAGATION, "customer in the workshop's reference data", () -> inReferenceData(first));
    HttpJson.eventually(
        PROPAGATION,
        "CustomerRegistered in the audit log",
        () -> auditEntriesOf(first).size() == 1);

    JsonObject reference =
        HttpJson.ok(WORKSHOP.get("api/refdata/customers/" + first)).asJsonObject();
    assertEquals("Flow <i>One</i>", reference.getString("name"));
    assertEquals("0612345678", reference.getString("telephoneNumber"));

    JsonObject audit = auditEntriesOf(first).get(0);
    assertEquals("CustomerRegistered", audit.getString("messageType"));
    JsonObject event = audit.getJsonObject("event");
    assertEquals(first, event.getString("customerId"));
    assertEquals("x@example.com", event.getString("emailAddress"));
    assertEquals(audit.getString("messageId"), event.getString("messageId"));
  }

  @Test
  void theAuditLogListsNewestFirstAndFiltersByType() throws InterruptedException {
    // an entry of its own, so that the list is not empty whatever ran before
    String customerId = register("Audit Listed");
    HttpJson.eventually(
        PROPAGATION,
        "CustomerRegistered in the audit log",
        () -> auditEntriesOf(customerId).size() == 1);
    JsonArray all = HttpJson.ok(HANDLERS.get("api/auditlog")).asJsonArray();
    assertTrue(all.size() >= 1);
    List<Long> positions =
        all.stream()
            .map(JsonObject.class::cast)
            .map(e -> e.getJsonNumber("position").longValue())
            .toList();
    assertEquals(positions.stream().sorted((a, b) -> Long.compare(b, a)).toList(), positions);

    JsonArray none = HttpJson.ok(HANDLERS.get("api/auditlog?type=NoSuchEvent")).asJsonArray();
    assertEquals(0, none.size());
  }
}
