package it.nl.pitstop.system;

import static it.nl.pitstop.system.Pitstop.HANDLERS;
import static it.nl.pitstop.system.Pitstop.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.messages.EventMessages;
import nl.pitstop.testing.HttpJson;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * A crash of the handlers server (SIGKILL) while a few hundred events are in flight loses nothing
 * and duplicates nothing: after the restart every event is in the audit log and the workshop's
 * reference data exactly once (in-doubt XA transactions are recovered, unacknowledged messages
 * redelivered, redelivered ones recognised).
 */
class HandlersCrashIT {

  static final int EVENTS = 400;

  final String batch = "crash-" + UUID.randomUUID().toString().substring(0, 8) + "-";

  List<CustomerRegistered> events() {
    return IntStream.range(0, EVENTS)
        .mapToObj(
            i ->
                new CustomerRegistered(
                    UUID.randomUUID(),
                    batch + i,
                    "Crash Customer " + i,
                    "Laan 1",
                    "1000 AA",
                    "Delft",
                    "015",
                    "crash" + i + "@example.nl"))
        .toList();
  }

  static void publish(List<CustomerRegistered> events) {
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(
                nl.pitstop.testing.Broker.url(),
                nl.pitstop.testing.Broker.USER,
                nl.pitstop.testing.Broker.PASSWORD);
        JMSContext context = factory.createContext()) {
      Topic topic = context.createTopic("pitstop.events");
      JMSProducer producer = context.createProducer();
      for (CustomerRegistered event : events) {
        producer.send(topic, EventMessages.create(context, event));
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The batch's events in the audit log, by customer id (aggregate). */
  List<String> audited(Instant from) {
    List<String> ids = new ArrayList<>();
    for (int page = 0; ; page++) {
      HttpResponse<String> answer =
          HANDLERS.get(
              "api/auditlog?type=CustomerRegistered&from=%s&size=500&page=%d"
                  .formatted(from, page));
      if (answer.statusCode() != 200) {
        return List.of(); // the server is (re)starting
      }
      List<String> pageIds =
          HttpJson.json(answer).asJsonArray().stream()
              .map(JsonObject.class::cast)
              .map(e -> e.getString("aggregateId"))
              .filter(id -> id.startsWith(batch))
              .toList();
      ids.addAll(pageIds);
      if (HttpJson.json(answer).asJsonArray().size() < 500) {
        return ids;
      }
    }
  }

  List<String> inReferenceData() {
    List<JsonObject> customers;
    try {
      customers = WORKSHOP.everyPage("api/refdata/customers");
    } catch (AssertionError notAnswering) {
      return List.of();
    }
    return customers.stream()
        .map(c -> c.getString("customerId"))
        .filter(id -> id.startsWith(batch))
        .toList();
  }

  @Test
  void aHandlersServerKilledWithEventsInFlightLosesAndDuplicatesNothing() throws Exception {
    Instant from = Instant.now().minus(1, ChronoUnit.SECONDS);
    List<CustomerRegistered> events = events();
    CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> publish(events));
    HttpJson.eventually(
        Duration.ofSeconds(30), "the first events handled", () -> audited(from).size() >= 10);

    int handledBeforeTheCrash = audited(from).size();
    Pitstop.tool("server", "kill", "handlers");
    publishing.get();
    Pitstop.tool("server", "start", "handlers");

    Set<String> expected =
        events.stream().map(CustomerRegistered::customerId).collect(Collectors.toSet());
    HttpJson.eventually(
        Duration.ofSeconds(180),
        "every event in the audit log",
        () -> audited(from).size() >= EVENTS);
    HttpJson.eventually(
        Duration.ofSeconds(60),
        "every customer in the workshop's reference data",
        () -> inReferenceData().size() >= EVENTS);
    Thread.sleep(2_000); // redelivered copies, if any, have arrived by now

    List<String> audited = audited(from);
    assertEquals(EVENTS, audited.size(), "each event audited once");
    assertEquals(expected, Set.copyOf(audited));
    List<String> reference = inReferenceData();
    assertEquals(EVENTS, reference.size(), "each customer once in the reference data");
    assertEquals(expected, Set.copyOf(reference));
    assertTrue(
        handledBeforeTheCrash < EVENTS,
        "events were in flight at the crash (" + handledBeforeTheCrash + " handled before)");
    assertEquals(200, HANDLERS.get("health/ready").statusCode());
  }
}
