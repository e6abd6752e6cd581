package it.nl.pitstop.system;

import static it.nl.pitstop.system.Pitstop.CUSTOMER;
import static it.nl.pitstop.system.Pitstop.HANDLERS;
import static it.nl.pitstop.system.Pitstop.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * it, report not ready (docs/adr/0015). So is a day announced meanwhile (docs/adr/0014).
 */
class BrokerOutageIT {

  /** Longer than a relay's connection attempts and the time service's poll. */
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
   * The time service stores an announcement in its outbox (docs/adr/0014): while the broker is
   * stopped for {@link #OUTAGE}, three clients announce a day again and again, and every
   * announcement is accepted at once, whatever the moment the broker went away; once the broker is
   * back, each one is published and audited exactly once.
   */
  @Test
  void anAnnouncementDuringABrokerOutageIsAcceptedAndPublishedWhenItIsBack() throws Exception {
    LocalDate day = WorkshopPlanningFlowIT.freshDay();
    List<Announced> answers = new CopyOnWriteArrayList<>();
    List<String> messageIds = new CopyOnWriteArrayList<>();
    AtomicBoolean brokerBack = new AtomicBoolean();
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Thread client =
          new Thread(
              () -> {
                while (!brokerBack.get()) {
                  Instant start = Instant.now();
                  HttpResponse<String> answer;
                  try {
                    answer = RemindersAndInvoicesFlowIT.dayHasPassed(day);
                  } catch (AssertionError noAnswer) {
                    answers.add(new Announced(0, Duration.between(start, Instant.now())));
                    continue;
                  }
                  answers.add(
                      new Announced(answer.statusCode(), Duration.between(start, Instant.now())));
                  if (answer.statusCode() == 202) {
                    messageIds.add(HttpJson.json(answer).asJsonObject().getString("messageId"));
                  }
                  CommandStream.sleep(500);
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
      brokerBack.set(true);
      Pitstop.tool("infra", "start", "broker");
    }
    for (Thread client : clients) {
      client.join(RECOVERY.toMillis());
    }

    Duration slowest =
        answers.stream().map(Announced::took).max(Comparator.naturalOrder()).orElseThrow();
    System.out.printf(
        "%d announcements, slowest answer %d ms%n", answers.size(), slowest.toMillis());
    assertEquals(
        List.of(),
        answers.stream().filter(a -> a.status() != 202).toList(),
        "answers other than 202");
    assertTrue(
        slowest.compareTo(Duration.ofSeconds(5)) < 0,
        "no announcement waited for the broker: slowest " + slowest);
    HttpJson.eventually(
        RECOVERY,
        "every announcement audited",
        () -> announcementsAudited(day).containsAll(messageIds));
    Thread.sleep(2_000); // a copy, if any, has arrived by now
    List<String> audited = announcementsAudited(day);
    assertEquals(messageIds.size(), audited.size(), "each announcement audited once");
  }

  static List<String> announcementsAudited(LocalDate day) {
    return HttpJson.ok(HANDLERS.get("api/auditlog?type=DayHasPassed&size=500&aggregateId=" + day))
        .asJsonArray()
        .stream()
        .map(entry -> entry.asJsonObject().getString("messageId"))
        .toList();
  }
}
