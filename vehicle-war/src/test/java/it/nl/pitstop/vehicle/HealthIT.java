package it.nl.pitstop.vehicle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import nl.pitstop.testing.HttpJson;
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
    HttpResponse<String> ready = Api.VEHICLE.get("health/ready");

    assertEquals(200, ready.statusCode());
    Map<String, String> checks =
        HttpJson.json(ready).asJsonObject().getJsonArray("checks").stream()
            .map(JsonObject.class::cast)
            .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    assertEquals(Map.of("database", "UP", "broker", "UP"), checks);
  }

  @Test
  void startedAndLiveAreUp() {
    assertEquals(200, Api.VEHICLE.get("health/started").statusCode());
    assertEquals(200, Api.VEHICLE.get("health/live").statusCode());
  }

  @Test
  void publishesItsOpenApiDocument() {
    HttpResponse<String> openapi = Api.VEHICLE.get("openapi?format=JSON");

    assertEquals(200, openapi.statusCode());
    JsonObject paths = HttpJson.json(openapi).asJsonObject().getJsonObject("paths");
    assertTrue(paths.containsKey("/api/vehicles"), paths.keySet().toString());
    assertTrue(paths.containsKey("/api/vehicles/{licenseNumber}"), paths.keySet().toString());
    assertEquals(200, Api.VEHICLE.get("openapi/ui/").statusCode());
  }
}
