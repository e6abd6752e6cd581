package nl.pitstop.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every API server answers besides its API: started, live and ready (its database only: while
 * the broker is down its events wait in the outbox, docs/adr/0015), the broker's state at {@code
 * /status/broker} and in the gauge {@code pitstop_broker_up}, and its OpenAPI document and UI. A
 * module's {@code HealthIT} extends it with its server and the paths its document must hold.
 */
public abstract class ServerHealthContract {

  private final HttpJson server;
  private final List<String> apiPaths;

  protected ServerHealthContract(HttpJson server, String... apiPaths) {
    this.server = server;
    this.apiPaths = List.of(apiPaths);
  }

  @BeforeEach
  void serverIsReady() throws InterruptedException {
    server.awaitReady(Duration.ofMinutes(3));
  }

  @Test
  void readyReportsTheDatabaseOnly() {
    assertEquals(Map.of("database", "UP"), server.readinessChecks());
  }

  @Test
  void theBrokerHasAStatusOfItsOwn() {
    JsonObject status = HttpJson.ok(server.anonymous().get("status/broker")).asJsonObject();
    assertEquals("UP", status.getString("status"));
    JsonObject check = status.getJsonArray("checks").getJsonObject(0);
    assertEquals("broker", check.getString("name"));
    assertEquals("UP", check.getString("status"));

    List<String> gauge =
        server
            .anonymous()
            .get("metrics?scope=application")
            .body()
            .lines()
            .filter(line -> line.startsWith("pitstop_broker_up{"))
            .toList();
    assertEquals(1, gauge.size(), gauge.toString());
    assertEquals(
        1.0, Double.parseDouble(gauge.get(0).substring(gauge.get(0).lastIndexOf(' ') + 1)));
  }

  @Test
  void startedAndLiveAreUp() {
    assertEquals(200, server.get("health/started").statusCode());
    assertEquals(200, server.get("health/live").statusCode());
  }

  @Test
  void publishesItsOpenApiDocument() {
    Set<String> paths = server.openApiPaths();

    for (String path : apiPaths) {
      assertTrue(paths.contains(path), path + " not in " + paths);
    }
    assertEquals(200, server.get("openapi/ui/").statusCode());
  }
}
