package it.nl.pitstop.system;

import static it.nl.pitstop.system.Pitstop.CUSTOMER;
import static it.nl.pitstop.system.Pitstop.HANDLERS;
import static it.nl.pitstop.system.Pitstop.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.Test;

/**
 * The outbox guarantee: a customer registered while the broker is down is accepted, and its event
 * is published and handled once the broker is back. Meanwhile the servers report not ready.
 */
class BrokerOutageIT {

  static final Duration RECOVERY = Duration.ofSeconds(90);

  static int ready(HttpJson server) {
    return server.get("health/ready").statusCode();
  }

  @Test
  void noEventIsLostWhileTheBrokerIsDown() throws Exception {
    Pitstop.tool("infra", "stop", "broker");
    String customerId;
    try {
      HttpJson.eventually(
          Duration.ofSeconds(30), "customer API not ready", () -> ready(CUSTOMER) == 503);

      customerId = CustomerRegistrationFlowIT.register("Registered While Broker Down");
      assertEquals(
          200,
          CUSTOMER.get("api/customers/" + customerId).statusCode(),
          "the customer is stored while the broker is down");
    } finally {
      Pitstop.tool("infra", "start", "broker");
    }

    HttpJson.eventually(RECOVERY, "customer API ready again", () -> ready(CUSTOMER) == 200);
    HttpJson.eventually(RECOVERY, "handlers ready again", () -> ready(HANDLERS) == 200);
    HttpJson.eventually(
        RECOVERY,
        "the event of the outage in the reference data",
        () -> CustomerRegistrationFlowIT.inReferenceData(customerId));
    HttpJson.eventually(
        RECOVERY,
        "the event of the outage in the audit log",
        () -> CustomerRegistrationFlowIT.auditEntriesOf(customerId).size() == 1);
    assertEquals(1, CustomerRegistrationFlowIT.referenceDataCount(customerId));
    assertEquals(200, ready(WORKSHOP));
  }
}
