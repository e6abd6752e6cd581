package it.nl.pitstop.system;

import static it.nl.pitstop.system.Pitstop.CUSTOMER;
import static it.nl.pitstop.system.Pitstop.HANDLERS;
import static it.nl.pitstop.system.Pitstop.VEHICLE;
import static it.nl.pitstop.system.Pitstop.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.jms.JMSContext;
import jakarta.jms.QueueBrowser;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import nl.pitstop.testing.Broker;
import nl.pitstop.testing.HttpJson;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * The business metrics (docs/adr/0012) count what happened: events published by type (customers
 * registered, jobs planned and finished), reminders and invoices mailed, events waiting in each
 * outbox, mails waiting, and the dead letters, read from each server's {@code /metrics}.
 */
@SideBySide
class BusinessMetricsIT {

  /** The value of a metric in a server's Prometheus text, summed over the lines with the tag. */
  static double value(HttpJson server, String name, String tag) {
    String text = server.anonymous().get("metrics?scope=application").body();
    return text.lines()
        .filter(line -> line.startsWith(name + "{") && line.contains(tag))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  static boolean present(HttpJson server, String name) {
    return server
        .anonymous()
        .get("metrics?scope=application")
        .body()
        .lines()
        .anyMatch(line -> line.startsWith(name + "{"));
  }

  static double published(HttpJson server, String type) {
    return value(server, "pitstop_events_published_total", "type=\"" + type + "\"");
  }

  static double mailed(String kind) {
    return value(HANDLERS, "pitstop_mails_sent_total", "kind=\"" + kind + "\"");
  }

  static void awaitAtLeast(String what, double expected, java.util.function.DoubleSupplier actual)
      throws InterruptedException {
    HttpJson.eventually(Duration.ofSeconds(45), what, () -> actual.getAsDouble() >= expected);
  }

  static long deadLettersOnTheBroker() throws Exception {
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(Broker.url(), Broker.USER, Broker.PASSWORD);
        JMSContext context = factory.createContext();
        QueueBrowser browser = context.createBrowser(context.createQueue("DLQ"))) {
      return Collections.list(browser.getEnumeration()).size();
    }
  }

  @Test
  void theMetricsCountWhatHappened() throws Exception {
    double customers = published(CUSTOMER, "CustomerRegistered");
    double vehicles = published(VEHICLE, "VehicleRegistered");
    double planned = published(WORKSHOP, "MaintenanceJobPlanned");
    double finished = published(WORKSHOP, "MaintenanceJobFinished");
    double reminders = mailed("reminder");
    double invoices = mailed("invoice");

    // A customer with a vehicle, two jobs on a day of their own, one finished; then the day passes.
    RemindersAndInvoicesFlowIT flow = new RemindersAndInvoicesFlowIT();
    String plate = flow.registerCustomerWithVehicle();
    LocalDate day = flow.day;
    flow.oneJobFinishedOneToCome(plate, "Metrics: brakes", "Metrics: tyres");
    assertEquals(202, RemindersAndInvoicesFlowIT.dayHasPassed(day).statusCode());

    awaitAtLeast(
        "a customer registered", customers + 1, () -> published(CUSTOMER, "CustomerRegistered"));
    awaitAtLeast(
        "a vehicle registered", vehicles + 1, () -> published(VEHICLE, "VehicleRegistered"));
    awaitAtLeast(
        "two jobs planned", planned + 2, () -> published(WORKSHOP, "MaintenanceJobPlanned"));
    awaitAtLeast(
        "a job finished", finished + 1, () -> published(WORKSHOP, "MaintenanceJobFinished"));
    awaitAtLeast("a reminder mailed", reminders + 1, () -> mailed("reminder"));
    awaitAtLeast("an invoice mailed", invoices + 1, () -> mailed("invoice"));

    // What waits: every outbox and both mail outboxes empty once the system has settled.
    for (HttpJson server : List.of(CUSTOMER, VEHICLE, WORKSHOP)) {
      HttpJson.eventually(
          Duration.ofSeconds(30),
          "the outbox of " + server.base() + " empty",
          () ->
              present(server, "pitstop_outbox_pending")
                  && value(server, "pitstop_outbox_pending", "") == 0);
    }
    for (String kind : List.of("reminder", "invoice")) {
      HttpJson.eventually(
          Duration.ofSeconds(30),
          "no " + kind + " waiting",
          () -> value(HANDLERS, "pitstop_mails_pending", "kind=\"" + kind + "\"") == 0);
    }
    long onTheBroker = deadLettersOnTheBroker();
    HttpJson.eventually(
        Duration.ofSeconds(15),
        onTheBroker + " dead letters",
        () -> value(HANDLERS, "pitstop_deadletters", "") == onTheBroker);
  }
}
