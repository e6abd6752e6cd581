package nl.pitstop.support.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class BrokerStatusServletTest {

  @Test
  void aBrokerThatIsDownIs503WithMicroProfileHealthsBody() {
    HealthCheckResponse down =
        new HealthCheckResponse(
            "broker",
            Status.DOWN,
            Optional.of(Map.of("target", "localhost:61616", "error", "java.net.ConnectException")));

    assertEquals(503, BrokerStatusServlet.status(down));
    JsonObject body = BrokerStatusServlet.body(down);
    assertEquals("DOWN", body.getString("status"));
    assertEquals(1, body.getJsonArray("checks").size());
    JsonObject check = body.getJsonArray("checks").getJsonObject(0);
    assertEquals("broker", check.getString("name"));
    assertEquals("DOWN", check.getString("status"));
    assertEquals("localhost:61616", check.getJsonObject("data").getString("target"));
    assertEquals("java.net.ConnectException", check.getJsonObject("data").getString("error"));
  }

  @Test
  void aBrokerThatIsUpIs200() {
    HealthCheckResponse up = new HealthCheckResponse("broker", Status.UP, Optional.empty());

    assertEquals(200, BrokerStatusServlet.status(up));
    JsonObject body = BrokerStatusServlet.body(up);
    assertEquals("UP", body.getString("status"));
    JsonObject check = body.getJsonArray("checks").getJsonObject(0);
    assertEquals("UP", check.getString("status"));
    assertFalse(check.containsKey("data"));
  }

  @Test
  void dataKeepsNumbersAndFlags() {
    HealthCheckResponse up =
        new HealthCheckResponse(
            "broker", Status.UP, Optional.of(Map.of("port", 61616L, "pooled", true)));

    JsonObject data =
        BrokerStatusServlet.body(up).getJsonArray("checks").getJsonObject(0).getJsonObject("data");
    assertEquals(61616L, data.getJsonNumber("port").longValue());
    assertEquals(true, data.getBoolean("pooled"));
  }
}
