package it.nl.pitstop.system;

import static it.nl.pitstop.system.Pitstop.CUSTOMER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.Test;

/**
 * With the database down the customer API answers 503 with a problem body, quickly, and reports not
 * ready; when the database is back it serves again without a restart.
 */
class DatabaseOutageIT {

  static final String CUSTOMER_JSON =
      """
      {"name": "During Outage", "address": "Dijk 1", "postalCode": "1111 AA", "city": "Hoorn",
       "telephoneNumber": "0229", "emailAddress": "o@example.com"}
      """;

  @Test
  void theApiAnswers503WhileTheDatabaseIsDownAndRecovers() throws Exception {
    Pitstop.tool("infra", "stop", "database");
    try {
      Instant start = Instant.now();
      HttpResponse<String> refused = CUSTOMER.post("api/customers", CUSTOMER_JSON);
      Duration took = Duration.between(start, Instant.now());

      assertEquals(503, refused.statusCode(), refused.body());
      assertEquals(503, HttpJson.problem(refused).getInt("status"));
      assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "503 took " + took);
      assertEquals(503, CUSTOMER.get("api/customers").statusCode());
      HttpJson.eventually(
          Duration.ofSeconds(30),
          "customer API not ready",
          () -> CUSTOMER.get("health/ready").statusCode() == 503);
    } finally {
      Pitstop.tool("infra", "start", "database");
    }

    HttpJson.eventually(
        Duration.ofSeconds(60),
        "customer API ready again",
        () -> CUSTOMER.get("health/ready").statusCode() == 200);
    String id = CustomerRegistrationFlowIT.register("After Outage");
    HttpJson.eventually(
        Duration.ofSeconds(60),
        "a registration after the outage reaches the workshop",
        () -> CustomerRegistrationFlowIT.inReferenceData(id));
  }
}
