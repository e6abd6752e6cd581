package it.nl.pitstop.system;

import static it.nl.pitstop.system.Pitstop.HANDLERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.Test;

/** {@code GET /api/auditlog} filtered by type, aggregate and time range, with the total count. */
@SideBySide
class AuditLogQueryIT {

  static HttpResponse<String> query(String parameters) {
    return HANDLERS.get("api/auditlog?" + parameters);
  }

  static int count(String parameters) {
    HttpResponse<String> answer = query(parameters);
    assertEquals(200, answer.statusCode(), answer.body());
    int size = HttpJson.json(answer).asJsonArray().size();
    assertEquals(String.valueOf(size), answer.headers().firstValue("X-Total-Count").orElseThrow());
    return size;
  }

  @Test
  void entriesAreFoundByTypeAggregateAndTimeRange() throws Exception {
    String customerId = CustomerRegistrationFlowIT.register("Audited Customer");
    HttpJson.eventually(
        CustomerRegistrationFlowIT.PROPAGATION,
        "the event in the audit log",
        () -> count("aggregateId=" + customerId) == 1);
    JsonObject entry =
        HttpJson.ok(query("aggregateId=" + customerId)).asJsonArray().getJsonObject(0);
    Instant time = Instant.parse(entry.getString("time"));

    assertEquals("CustomerRegistered", entry.getString("messageType"));
    assertEquals(1, count("type=CustomerRegistered&aggregateId=" + customerId));
    assertEquals(
        1, count("type=VehicleRegistered&type=CustomerRegistered&aggregateId=" + customerId));
    assertEquals(0, count("type=VehicleRegistered&aggregateId=" + customerId));
    assertEquals(
        1, count("aggregateId=%s&from=%s&to=%s".formatted(customerId, time, time.plusMillis(1))));
    assertEquals(0, count("aggregateId=%s&to=%s".formatted(customerId, time)));
    assertEquals(0, count("aggregateId=%s&from=%s".formatted(customerId, time.plusMillis(1))));
    assertEquals(
        1, count("aggregateId=%s&from=%s".formatted(customerId, time.toString().substring(0, 10))));
  }

  @Test
  void aTimeThatIsNoIsoInstantOrDateIsABadRequest() {
    HttpResponse<String> answer = query("from=yesterday");
    assertEquals(400, answer.statusCode(), answer.body());
    assertTrue(HttpJson.problem(answer).getString("detail").contains("ISO-8601"), answer.body());
  }

  @Test
  void aRangeThatEndsBeforeItBeginsIsABadRequest() {
    HttpResponse<String> answer = query("from=2026-12-02&to=2026-12-01");
    assertEquals(400, answer.statusCode(), answer.body());
    assertEquals("from must be before to", HttpJson.problem(answer).getString("detail"));
  }

  @Test
  void aPageBeyondTheLimitsIsABadRequest() {
    assertEquals(400, query("size=501").statusCode());
    assertEquals(400, query("page=-1").statusCode());
  }
}
