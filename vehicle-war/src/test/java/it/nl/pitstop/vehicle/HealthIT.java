package it.nl.pitstop.vehicle;

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
    assertEquals(Map.of("database", "UP", "broker", "UP"), Api.VEHICLE.readinessChecks());
  }

  @Test
  void startedAndLiveAreUp() {
    assertEquals(200, Api.VEHICLE.get("health/started").statusCode());
    assertEquals(200, Api.VEHICLE.get("health/live").statusCode());
  }

  @Test
  void publishesItsOpenApiDocument() {
    Set<String> paths = Api.VEHICLE.openApiPaths();

    assertTrue(paths.contains("/api/vehicles"), paths.toString());
    assertTrue(paths.contains("/api/vehicles/{licenseNumber}"), paths.toString());
    assertEquals(200, Api.VEHICLE.get("openapi/ui/").statusCode());
  }
}
