package it.nl.pitstop.system;

import static it.nl.pitstop.system.Pitstop.CUSTOMER;
import static it.nl.pitstop.system.Pitstop.HANDLERS;
import static it.nl.pitstop.system.Pitstop.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.Test;

/**
 * The outbox guarantee: a customer registered while the broker is down is accepted, and its event
 * is published and handled once the broker is back. Meanwhile the APIs stay ready and report the
 * broker DOWN at /status/broker and in pitstop_broker_up; the handlers, which cannot work without
 * it, report not ready (docs/adr/0014). A request that is sending to the broker when it stops is
 * answered in time.
 */
class BrokerOutageIT {

  /**
   * Longer than a blocking call may wait for the broker's answer (the resource adapter's
   * CallTimeout, 10 s) or for the reconnection (CallFailoverTimeout, 5 s).
   */
  static final Duration OUTAGE = Duration.ofSeconds(20);

  /** An announcement and how long its answer took (status 0: none within the client's 30 s). */
  record Announced(int status, Duration took) {}

  static final Duration RECOVERY = Duration.ofSeconds(90);

  static int ready(HttpJson server) {
    return server.get("health/ready").statusCode();
  }

  /** The status of the server's broker check at /status/broker: its HTTP status and its check's. */
  static String brokerStatus(HttpJson server) {
    HttpResponse<String> response = server.get("status/broker");
    JsonObject check =
        HttpJson.json(response).asJsonObject().getJsonArray("checks").getJsonObject(0);
    assertEquals("broker", check.getString("name"));
    return response.statusCode() + " " + check.getString("status");
  }

  static double brokerGauge(HttpJson server) {
    return BusinessMetricsIT.value(server, "pitstop_broker_up", "");
  }

  @Test
  void noEventIsLostWhileTheBrokerIsDown() throws Exception {
    Pitstop.tool("infra", "stop", "broker");
    String customerId;
    try {
      HttpJson.eventually(
          Duration.ofSeconds(30),
          "the customer API reports the broker DOWN",
          () -> brokerStatus(CUSTOMER).equals("503 DOWN"));
      assertEquals(200, ready(CUSTOMER), "the customer API stays ready without the broker");
      HttpJson.eventually(
          Duration.ofSeconds(30), "the handlers not ready", () -> ready(HANDLERS) == 503);
      HttpJson.eventually(
          Duration.ofSeconds(30),
          "the customer API's gauge shows the broker down",
          () -> brokerGauge(CUSTOMER) == 0);

      customerId = CustomerRegistrationFlowIT.register("Registered While Broker Down");
      assertEquals(
          200,
          CUSTOMER.get("api/customers/" + customerId).statusCode(),
          "the customer is stored while the broker is down");
      assertTrue(
          BusinessMetricsIT.value(CUSTOMER, "pitstop_outbox_pending", "") >= 1,
          "its event waits in the outbox");
      assertEquals(200, ready(CUSTOMER), "the customer API still ready");
      assertEquals("503 DOWN", brokerStatus(CUSTOMER));
    } finally {
      Pitstop.tool("infra", "start", "broker");
    }

    HttpJson.eventually(
        RECOVERY,
        "the customer API reports the broker UP",
        () -> brokerStatus(CUSTOMER).equals("200 UP"));
    HttpJson.eventually(RECOVERY, "handlers ready again", () -> ready(HANDLERS) == 200);
    assertEquals(200, ready(CUSTOMER));
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
    HttpJson.eventually(
        Duration.ofSeconds(30),
        "the customer API's gauge shows the broker up",
        () -> brokerGauge(CUSTOMER) == 1);
  }

  /**
   * The time API sends its announcement straight to the broker. Three clients announce a day as
   * fast as they can while the broker is stopped for {@link #OUTAGE}, so that some request is in
   * the middle of its send (an XA start, a commit) when the broker drops its connections. Such a
   * call blocks in the JMS client until the broker is back or its calls time out (30 s, and the
   * pooled connection's close waits again); the request hung meanwhile (found by
   * FaultsUnderLoadIT). It is answered 503 after the time API's deadline now, well before the
   * broker is back.
   */
  @Test
  void aRequestSendingWhenTheBrokerStopsIsAnsweredBeforeItIsBack() throws Exception {
    LocalDate day = WorkshopPlanningFlowIT.freshDay();
    List<Announced> answers = new CopyOnWriteArrayList<>();
    AtomicBoolean brokerBack = new AtomicBoolean();
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Thread client =
          new Thread(
              () -> {
                Announced last = null;
                while (!brokerBack.get() || last == null || last.status() != 202) {
                  Instant start = Instant.now();
                  int status;
                  try {
                    status = RemindersAndInvoicesFlowIT.dayHasPassed(day).statusCode();
                  } catch (AssertionError noAnswer) {
                    status = 0;
                  }
                  last = new Announced(status, Duration.between(start, Instant.now()));
                  answers.add(last);
                  if (status != 202) {
                    CommandStream.sleep(200);
                  }
                }
              });
      client.start();
      clients.add(client);
    }
    Thread.sleep(2_000);
    Pitstop.tool("infra", "stop", "broker");
    try {
      Thread.sleep(OUTAGE.toMillis());
    } finally {
      Pitstop.tool("infra", "start", "broker");
      brokerBack.set(true);
    }
    for (Thread client : clients) {
      client.join(RECOVERY.toMillis());
      assertFalse(client.isAlive(), "an announcement accepted again after the outage");
    }

    Duration slowest =
        answers.stream().map(Announced::took).max(Comparator.naturalOrder()).orElseThrow();
    System.out.printf(
        "%d announcements: %d accepted, %d refused with 503; slowest answer %d ms%n",
        answers.size(),
        answers.stream().filter(a -> a.status() == 202).count(),
        answers.stream().filter(a -> a.status() == 503).count(),
        slowest.toMillis());
    assertEquals(
        List.of(),
        answers.stream().filter(a -> a.status() != 202 && a.status() != 503).toList(),
        "answers other than 202 and 503, or none");
    assertTrue(answers.stream().anyMatch(a -> a.status() == 503), "refused during the outage");
    assertTrue(
        slowest.compareTo(Duration.ofSeconds(15)) < 0,
        "no request waited for the broker to come back: slowest " + slowest);
  }
}
