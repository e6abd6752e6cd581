package it.nl.pitstop.system;

import static it.nl.pitstop.system.Pitstop.HANDLERS;
import static it.nl.pitstop.system.Pitstop.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every server of the running system: health, OpenAPI, and problem bodies for bad requests. */
@SideBySide
class ServersIT {

  /**
   * The APIs are ready when their database works: the broker is not part of it, their events wait
   * in the outbox (docs/adr/0015). The handlers cannot work without the broker; the web app has
   * neither, and answers on its management port (7085; docs/adr/0021).
   */
  @ParameterizedTest
  @CsvSource({
    "5100, 'database'",
    "5000, 'database'",
    "5200, 'database'",
    "5300, 'database,broker'",
    "7085, ''"
  })
  void everyServerIsStartedLiveAndReadyWithItsChecks(int port, String checks) {
    HttpJson server = Pitstop.server(port);
    assertEquals(200, server.get("health/started").statusCode());
    assertEquals(200, server.get("health/live").statusCode());
    JsonObject ready = HttpJson.ok(server.get("health/ready")).asJsonObject();
    assertEquals("UP", ready.getString("status"));
    Map<String, String> reported =
        ready.getJsonArray("checks").stream()
            .map(JsonObject.class::cast)
            .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    Set<String> expected = checks.isEmpty() ? Set.of() : Set.of(checks.split(","));
    assertEquals(expected, reported.keySet());
    assertTrue(reported.values().stream().allMatch("UP"::equals), reported.toString());
  }

  /** Every server but the web app shows the broker's state at /status/broker and as a gauge. */
  @ParameterizedTest
  @ValueSource(ints = {5100, 5000, 5200, 5300})
  void everyServerWithTheBrokerReportsItUp(int port) {
    HttpJson server = Pitstop.server(port);
    JsonObject status = HttpJson.ok(server.get("status/broker")).asJsonObject();
    assertEquals("UP", status.getString("status"));
    assertEquals("broker", status.getJsonArray("checks").getJsonObject(0).getString("name"));
    assertEquals(1.0, BusinessMetricsIT.value(server, "pitstop_broker_up", ""));
  }

  @ParameterizedTest
  @ValueSource(ints = {5100, 5000, 5200, 5300})
  void everyApiPublishesItsOpenApiDocumentAndUiWithTheBearerScheme(int port) {
    HttpJson server = Pitstop.server(port).anonymous();
    assertEquals(200, server.get("openapi/ui/").statusCode());
    JsonObject document = HttpJson.ok(server.get("openapi?format=JSON")).asJsonObject();
    // What the UI's "Authorize" offers: a bearer token, required by every operation.
    JsonObject scheme =
        document
            .getJsonObject("components")
            .getJsonObject("securitySchemes")
            .getJsonObject("staffToken");
    assertEquals("http", scheme.getString("type"));
    assertEquals("bearer", scheme.getString("scheme"));
    assertEquals("JWT", scheme.getString("bearerFormat"));
    assertTrue(scheme.getString("description").contains("./pitstop token"), scheme.toString());
    assertEquals(
        "[{\"staffToken\":[]}]", document.getJsonArray("security").toString(), "every operation");
  }

  @ParameterizedTest
  @ValueSource(strings = {"page=abc", "size=0", "size=501", "page=-1", "size=99999999999"})
  void badAuditLogQueriesAreBadRequests(String query) {
    HttpResponse<String> response = HANDLERS.get("api/auditlog?" + query);
    assertEquals(400, response.statusCode(), response.body());
    assertEquals(400, HttpJson.problem(response).getInt("status"));
  }

  @ParameterizedTest
  @CsvSource({
    "5200, api/refdata/customers/unknown-id",
    "5200, api/refdata/vehicles/ZZ-999-ZZ",
    "5200, api/nothing",
    "5300, api/nothing",
    "5000, api/vehicles/ZZ-999-ZZ",
    "5000, api/nothing"
  })
  void unknownThingsAreNotFoundProblems(int port, String path) {
    HttpResponse<String> response = Pitstop.server(port).get(path);
    assertEquals(404, response.statusCode());
    assertEquals(404, HttpJson.problem(response).getInt("status"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"api/refdata/customers", "api/refdata/vehicles", "api/auditlog"})
  void listsAreJsonArrays(String path) {
    HttpJson server = path.startsWith("api/refdata") ? WORKSHOP : HANDLERS;
    assertTrue(HttpJson.ok(server.get(path)).getValueType().name().equals("ARRAY"));
  }
}
