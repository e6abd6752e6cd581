package it.nl.pitstop.system;

import static it.nl.pitstop.system.Pitstop.HANDLERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.nl.pitstop.system.webapp.Browser;
import it.nl.pitstop.system.webapp.WebLogin;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.pitstop.testing.HttpJson;
import nl.pitstop.testing.ServiceTls;
import org.junit.jupiter.api.Test;

/**
 * One user action is one trace (docs/adr/0013): from the web app's request through the API, the
 * outbox and the broker into every handler that subscribes to the event, read back from the trace
 * collector ./pitstop runs (Zipkin). The servers' log records are JSON lines, and those written
 * while a request or a message was handled carry its trace and span id.
 *
 * <p>Each test starts its action with a {@code traceparent} of its own, as a browser or a gateway
 * that traces would, so it knows the trace id to look for.
 */
@SideBySide
class TraceIT {

  static final URI ZIPKIN =
      URI.create("http://localhost:" + System.getProperty("pitstop.traces.port", "9411") + "/");

  static final Duration EXPORTED = Duration.ofSeconds(30);

  /** The handlers that subscribe to CustomerRegistered, one message-driven bean each. */
  static final Set<String> CUSTOMER_REGISTERED_HANDLERS =
      Set.of(
          "AuditLogConsumer",
          "NotificationConsumer",
          "InvoicingConsumer",
          "WorkshopProjectionConsumer");

  static final Map<String, String> LOGS =
      Map.of(
          "customer", "customer-war",
          "vehicle", "vehicle-war",
          "workshop", "workshop-war",
          "handlers", "handlers-ear/ear",
          "webapp", "webapp-faces");

  static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A trace of our own: {@code 00-<trace id>-<span id>-01} (sampled). */
  record Origin(String traceId, String spanId) {
    static Origin random() {
      SecureRandom random = new SecureRandom();
      byte[] trace = new byte[16];
      byte[] span = new byte[8];
      random.nextBytes(trace);
      random.nextBytes(span);
      return new Origin(HexFormat.of().formatHex(trace), HexFormat.of().formatHex(span));
    }

    String traceparent() {
      return "00-" + traceId + "-" + spanId + "-01";
    }
  }

  /** The spans Zipkin has of a trace (none while it has not received any). */
  static List<JsonObject> spans(String traceId) {
    try {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(ZIPKIN.resolve("api/v2/trace/" + traceId)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() == 404) {
        return List.of();
      }
      assertEquals(200, answer.statusCode(), answer.body());
      return Json.createReader(new StringReader(answer.body())).readArray().stream()
          .map(JsonValue::asJsonObject)
          .toList();
    } catch (IOException e) {
      throw new AssertionError("Zipkin at " + ZIPKIN + " does not answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static String service(JsonObject span) {
    return span.getJsonObject("localEndpoint").getString("serviceName");
  }

  static String tag(JsonObject span, String name) {
    JsonObject tags = span.getJsonObject("tags");
    return tags == null ? null : tags.getString(name, null);
  }

  static Optional<JsonObject> find(
      List<JsonObject> spans, String service, String kind, String name) {
    return spans.stream()
        .filter(s -> service.equals(service(s)))
        .filter(s -> kind.equals(s.getString("kind", "")))
        .filter(s -> s.getString("name", "").equals(name))
        .findFirst();
  }

  static List<JsonObject> consumers(List<JsonObject> spans) {
    return spans.stream()
        .filter(s -> "handlers".equals(service(s)) && "CONSUMER".equals(s.getString("kind", "")))
        .toList();
  }

  static Set<String> consumerNames(List<JsonObject> spans) {
    return consumers(spans).stream()
        .map(s -> tag(s, "messaging.consumer.group.name"))
        .collect(Collectors.toSet());
  }

  static boolean isClient(JsonObject span) {
    return "CLIENT".equals(span.getString("kind", ""));
  }

  static String parentOf(JsonObject span) {
    return span.getString("parentId", null);
  }

  /** Registers a customer with the web app's form, as office staff, in the origin's trace. */
  static HttpResponse<String> registerThroughTheWebApp(String name, Origin origin)
      throws Exception {
    HttpClient office = WebLogin.as("office");
    String page =
        office
            .send(
                HttpRequest.newBuilder(URI.create(Browser.WEB_APP + "/customers/register.xhtml"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertTrue(state.find(), "the register page has a view state");
    String form =
        String.join(
            "&",
            "RegisterCustomerForm_SUBMIT=1",
            "Name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
            "Address=Spoorlaan+3",
            "PostalCode=5038+CB",
            "City=Tilburg",
            "TelephoneNumber=013",
            "EmailAddress=traced%40example.nl",
            "SubmitButton=",
            "jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
    return office.send(
        HttpRequest.newBuilder(URI.create(Browser.WEB_APP + "/customers/register.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("traceparent", origin.traceparent())
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Has the time API announce the day, in the origin's trace. */
  static HttpResponse<String> announce(LocalDate day, Origin origin) {
    return HANDLERS.send(
        HttpRequest.newBuilder(HANDLERS.uri("api/time/day-has-passed"))
            .header("Content-Type", "application/json")
            .header("traceparent", origin.traceparent())
            .POST(HttpRequest.BodyPublishers.ofString("{\"date\": \"" + day + "\"}")));
  }

  @Test
  void aCustomerRegisteredInTheWebAppIsOneTraceThroughApiOutboxBrokerAndEveryHandler()
      throws Exception {
    Origin origin = Origin.random();
    HttpResponse<String> answer = registerThroughTheWebApp("Traced " + origin.spanId(), origin);
    assertEquals(302, answer.statusCode(), "registered and redirected: " + answer.body());

    HttpJson.eventually(
        EXPORTED,
        "the handlers' spans in trace " + origin.traceId(),
        () -> {
          // each server exports its own spans, in batches of its own: wait for all of them
          List<JsonObject> exported = spans(origin.traceId());
          return consumerNames(exported).containsAll(CUSTOMER_REGISTERED_HANDLERS)
              && find(exported, "webapp", "SERVER", "post /customers/register.xhtml").isPresent()
              && exported.stream().anyMatch(s -> "webapp".equals(service(s)) && isClient(s))
              && find(exported, "customer", "SERVER", "post /api/customers").isPresent()
              && find(exported, "customer", "PRODUCER", "publish customerregistered").isPresent();
        });
    List<JsonObject> spans = spans(origin.traceId());
    String trace = spans.toString();

    // web app: the form's request, a child of ours, and its call of the customer API
    JsonObject page =
        find(spans, "webapp", "SERVER", "post /customers/register.xhtml")
            .orElseThrow(() -> new AssertionError("the web app's request span: " + trace));
    assertEquals(origin.spanId(), parentOf(page), "the request continues the caller's trace");
    JsonObject call =
        spans.stream()
            .filter(s -> "webapp".equals(service(s)) && isClient(s))
            .filter(s -> page.getString("id").equals(parentOf(s)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the web app's API call: " + trace));
    // over HTTPS where the APIs serve it, as the system tests run them (docs/adr/0024)
    String scheme = ServiceTls.on() ? "https" : "http";
    assertTrue(
        String.valueOf(tag(call, "url.full"))
            .startsWith(scheme + "://localhost:5100/api/customers"),
        "the web app called the customer API over " + scheme + ": " + call);

    // customer API: the request, then the event published from the outbox by the relay
    JsonObject api =
        find(spans, "customer", "SERVER", "post /api/customers")
            .orElseThrow(() -> new AssertionError("the customer API's span: " + trace));
    assertEquals(call.getString("id"), parentOf(api), "the API span is the web app call's child");
    JsonObject publish =
        find(spans, "customer", "PRODUCER", "publish customerregistered")
            .orElseThrow(() -> new AssertionError("the outbox relay's publish span: " + trace));
    assertEquals(
        api.getString("id"),
        parentOf(publish),
        "the outbox kept the request's trace context for the relay");

    // broker to handlers: every subscriber's delivery is a child of the publication
    for (JsonObject consumer : consumers(spans)) {
      assertEquals(publish.getString("id"), parentOf(consumer), "parent of " + consumer);
      assertEquals("CustomerRegistered", tag(consumer, "pitstop.message.type"));
      assertEquals(tag(publish, "messaging.message.id"), tag(consumer, "messaging.message.id"));
    }
    assertEquals(CUSTOMER_REGISTERED_HANDLERS, consumerNames(spans), trace);

    // one tree: every span's parent is in the trace, but for the first, whose parent is ours
    Set<String> ids = spans.stream().map(s -> s.getString("id")).collect(Collectors.toSet());
    for (JsonObject span : spans) {
      String parent = parentOf(span);
      assertTrue(
          origin.spanId().equals(parent) ? span == page : ids.contains(parent),
          "a span outside the tree: " + span);
    }
  }

  @Test
  void logRecordsCarryTheTraceOfTheRequestMessageOrMailTheyWereWrittenFor() throws Exception {
    // A customer with a job on a day of their own; the day's announcement sends them a reminder.
    RemindersAndInvoicesFlowIT flow = new RemindersAndInvoicesFlowIT();
    String plate = flow.registerCustomerWithVehicle();
    LocalDate day = flow.day;
    flow.plan(plate, day.atTime(9, 0), day.atTime(10, 0), "Traced: oil");
    RemindersAndInvoicesFlowIT.awaitHandled("MaintenanceJobPlanned", day, 1);

    Origin origin = Origin.random();
    HttpResponse<String> announced = announce(day, origin);
    assertEquals(202, announced.statusCode(), announced.body());

    // The time service's request logs the announcement; notification's delivery logs the reminder,
    // and the mail relay's sending of it, after the delivery's commit, logs the mail.
    // (the mail is named by its reference, never by its address: docs/adr/0021)
    String mailSent = "Mail reminder of " + day + " for customer " + flow.customerId + " sent.";
    HttpJson.eventually(
        EXPORTED,
        "the reminder's log records and the spans of notification and its mail in trace "
            + origin.traceId(),
        () -> {
          List<JsonObject> exported = spans(origin.traceId());
          List<JsonObject> logged = traced(records("handlers"), origin.traceId());
          return logged.stream()
                  .anyMatch(r -> r.getString("message").startsWith("Reminder of " + day))
              && logged.stream().anyMatch(r -> r.getString("message").endsWith(mailSent))
              && consumerNames(exported).contains("NotificationConsumer")
              && find(exported, "handlers", "CLIENT", "send reminder mail").isPresent()
              && find(exported, "handlers", "SERVER", "post /api/time/day-has-passed").isPresent();
        });
    List<JsonObject> traced = traced(records("handlers"), origin.traceId());
    List<JsonObject> spans = spans(origin.traceId());

    JsonObject request =
        find(spans, "handlers", "SERVER", "post /api/time/day-has-passed")
            .orElseThrow(() -> new AssertionError("the time API's span: " + spans));
    JsonObject announcement =
        traced.stream()
            .filter(r -> r.getString("message").contains("announced on request"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the announcement's record: " + traced));
    assertEquals(request.getString("id"), announcement.getString("ext_spanId"));

    JsonObject notification =
        consumers(spans).stream()
            .filter(s -> "NotificationConsumer".equals(tag(s, "messaging.consumer.group.name")))
            .findFirst()
            .orElseThrow();
    JsonObject reminder =
        traced.stream()
            .filter(r -> r.getString("message").startsWith("Reminder of " + day))
            .findFirst()
            .orElseThrow();
    assertEquals(notification.getString("id"), reminder.getString("ext_spanId"));
    assertTrue(reminder.getString("message").contains(flow.customerId), reminder.toString());

    // The mail went out from the relay's own thread, in a span continuing the delivery's trace.
    JsonObject mail =
        find(spans, "handlers", "CLIENT", "send reminder mail")
            .orElseThrow(() -> new AssertionError("the mail's span: " + spans));
    assertEquals(notification.getString("id"), parentOf(mail), "the mail outbox kept the context");
    assertEquals("1", tag(mail, "pitstop.mail.attempt"));
    JsonObject sent =
        traced.stream()
            .filter(r -> r.getString("message").endsWith(mailSent))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the mail's record: " + traced));
    assertEquals(mail.getString("id"), sent.getString("ext_spanId"));
  }

  @Test
  void everyServerLogsJsonLines() throws Exception {
    for (String server : LOGS.keySet()) {
      List<JsonObject> records = records(server);
      assertFalse(records.isEmpty(), server + " has log records");
      for (JsonObject record : records) {
        assertTrue(
            record.containsKey("type") && record.containsKey("ibm_datetime"),
            server + ": " + record);
      }
    }
  }

  static List<JsonObject> traced(List<JsonObject> records, String traceId) {
    return records.stream().filter(r -> traceId.equals(r.getString("ext_traceId", null))).toList();
  }

  /**
   * A server's messages.log, one JSON object per line after its header (asserted: any other line
   * fails the test).
   */
  static List<JsonObject> records(String server) {
    Path log =
        SecretsIT.ROOT
            .resolve(LOGS.get(server))
            .resolve("target/liberty/wlp/usr/servers/" + server + "/logs/messages.log");
    List<JsonObject> records = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      // Liberty heads the file with a block of product and JVM facts between lines of asterisks.
      int header = lines.isEmpty() || !lines.get(0).startsWith("****") ? 0 : 1;
      while (header > 0 && header < lines.size() && !lines.get(header).startsWith("****")) {
        header++;
      }
      for (String line : lines.subList(Math.min(header + 1, lines.size()), lines.size())) {
        if (!line.isBlank()) {
          try {
            records.add(Json.createReader(new StringReader(line)).readObject());
          } catch (jakarta.json.JsonException e) {
            throw new AssertionError(log + " has a line that is not JSON: " + line, e);
          }
        }
      }
    } catch (IOException e) {
      throw new AssertionError("cannot read " + log + ": " + e, e);
    }
    return records;
  }
}
