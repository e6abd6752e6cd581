package it.nl.pitstop.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class HealthIT {

  @BeforeAll
  static void serverIsReady() throws InterruptedException {
    Api.awaitReady();
  }

  @Test
  void readyReportsDatabaseAndBroker() {
    assertEquals(Map.of("database", "UP", "broker", "UP"), Api.WORKSHOP.readinessChecks());
  }

  @Test
  void startedAndLiveAreUp() {
    assertEquals(200, Api.WORKSHOP.get("health/started").statusCode());
    assertEquals(200, Api.WORKSHOP.get("health/live").statusCode());
  }

  @Test
  void publishesItsOpenApiDocument() {
    Set<String> paths = Api.WORKSHOP.openApiPaths();

    assertTrue(paths.contains("/api/workshopplanning/{planningDate}"), paths.toString());
    assertTrue(paths.contains("/api/workshopplanning/{planningDate}/jobs"), paths.toString());
    assertTrue(
        paths.contains("/api/workshopplanning/{planningDate}/jobs/{jobId}"), paths.toString());
    assertTrue(
        paths.contains("/api/workshopplanning/{planningDate}/jobs/{jobId}/finish"),
        paths.toString());
    assertTrue(paths.contains("/api/refdata/vehicles/{licenseNumber}"), paths.toString());
    assertEquals(200, Api.WORKSHOP.get("openapi/ui/").statusCode());
  }
}
