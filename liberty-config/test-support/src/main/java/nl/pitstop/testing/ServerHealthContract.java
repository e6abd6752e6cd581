package nl.pitstop.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every API server answers besides its API: started, live and ready (database and broker), and
 * its OpenAPI document and UI. A module's {@code HealthIT} extends it with its server and the paths
 * its document must hold.
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
  void readyReportsDatabaseAndBroker() {
    assertEquals(Map.of("database", "UP", "broker", "UP"), server.readinessChecks());
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
