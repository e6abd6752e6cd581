package it.nl.pitstop.customer;

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
    assertEquals(Map.of("database", "UP", "broker", "UP"), Api.CUSTOMER.readinessChecks());
  }

  @Test
  void startedAndLiveAreUp() {
    assertEquals(200, Api.CUSTOMER.get("health/started").statusCode());
    assertEquals(200, Api.CUSTOMER.get("health/live").statusCode());
  }

  @Test
  void publishesItsOpenApiDocument() {
    Set<String> paths = Api.CUSTOMER.openApiPaths();

    assertTrue(paths.contains("/api/customers"), paths.toString());
    assertTrue(paths.contains("/api/customers/{customerId}"), paths.toString());
    assertEquals(200, Api.CUSTOMER.get("openapi/ui/").statusCode());
  }
}
