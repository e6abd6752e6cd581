package it.nl.pitstop.customer;

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
    HttpResponse<String> ready = Api.CUSTOMER.get("health/ready");

    assertEquals(200, ready.statusCode());
    Map<String, String> checks =
        HttpJson.json(ready).asJsonObject().getJsonArray("checks").stream()
            .map(JsonObject.class::cast)
            .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    assertEquals(Map.of("database", "UP", "broker", "UP"), checks);
  }

  @Test
  void startedAndLiveAreUp() {
    assertEquals(200, Api.CUSTOMER.get("health/started").statusCode());
    assertEquals(200, Api.CUSTOMER.get("health/live").statusCode());
  }

  @Test
  void publishesItsOpenApiDocument() {
    HttpResponse<String> openapi = Api.CUSTOMER.get("openapi?format=JSON");

    assertEquals(200, openapi.statusCode());
    assertTrue(
        HttpJson.json(openapi).asJsonObject().getJsonObject("paths").containsKey("/api/customers"));
    assertEquals(200, Api.CUSTOMER.get("openapi/ui/").statusCode());
  }
}
