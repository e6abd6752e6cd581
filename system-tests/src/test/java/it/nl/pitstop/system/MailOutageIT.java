package it.nl.pitstop.system;

import static it.nl.pitstop.system.Pitstop.HANDLERS;
import static it.nl.pitstop.system.RemindersAndInvoicesFlowIT.MAIL;
import static it.nl.pitstop.system.RemindersAndInvoicesFlowIT.PRINTING_COMPANY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.nl.pitstop.system.TraceIT.Origin;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.Test;

/**
 * The mail server is down when a day's reminder and invoice are due. Nothing is lost and nothing is
 * sent twice: the handlers process the day as usual, keep both mails in their mail outboxes, try
 * again on their poll, and deliver each mail once the mail server is back. Every attempt is a span
 * in the trace of the delivery that queued the mail, the failed ones marked as errors.
 */
class MailOutageIT {

  long unsentWithFailedAttempts(String handler, String recipient) {
    try {
      return SystemState.count(
          handler,
          "select count(*) from outgoing_mail"
              + " where recipient = ? and sent_at is null and attempts > 0 and last_error is not null",
          recipient);
    } catch (SQLException notYet) {
      return -1;
    }
  }

  @Test
  void mailsDueWhileTheMailServerIsDownGoOutOnceItIsBack() throws Exception {
    RemindersAndInvoicesFlowIT flow = new RemindersAndInvoicesFlowIT();
    String plate = flow.registerCustomerWithVehicle();
    LocalDate day = flow.day;
    flow.oneJobFinishedOneToCome(plate, "Brakes", "Oil change");

    Origin origin = Origin.random();
    String invoiceId;
    Pitstop.tool("infra", "stop", "mail");
    try {
      HttpResponse<String> announced = TraceIT.announce(day, origin);
      assertEquals(202, announced.statusCode(), announced.body());

      // The day is handled: the invoice is recorded, and both mails wait after a failed attempt.
      HttpJson.eventually(MAIL, "the invoice", () -> flow.invoicesOfTheCustomer().size() == 1);
      JsonObject invoice = flow.invoicesOfTheCustomer().get(0);
      invoiceId = invoice.getString("invoiceId");
      assertFalse(invoice.containsKey("sentAt") && !invoice.isNull("sentAt"), "not sent yet");
      HttpJson.eventually(
          MAIL,
          "the reminder and the invoice queued after a failed attempt",
          () ->
              unsentWithFailedAttempts(SystemState.NOTIFICATION, flow.email) == 1
                  && unsentWithFailedAttempts(SystemState.INVOICING, PRINTING_COMPANY) >= 1);
    } finally {
      Pitstop.tool("infra", "start", "mail");
    }

    // Back: each mail goes out once, on the relay's next poll.
    String subject = "Pitstop Garage Invoice #" + invoiceId;
    HttpJson.eventually(MAIL, "the reminder", () -> MailSink.inbox(flow.email).size() == 1);
    HttpJson.eventually(
        MAIL,
        "the invoice mail",
        () -> MailSink.withSubject(PRINTING_COMPANY, subject).size() == 1);
    assertEquals("Vehicle maintenance reminder", MailSink.inbox(flow.email).get(0).getSubject());
    assertEquals(0, unsentWithFailedAttempts(SystemState.NOTIFICATION, flow.email));
    assertEquals(
        1,
        SystemState.count(
            SystemState.NOTIFICATION,
            "select count(*) from outgoing_mail where recipient = ? and sent_at is not null",
            flow.email),
        "one reminder, marked sent");
    JsonObject invoice = HttpJson.ok(HANDLERS.get("api/invoices/" + invoiceId)).asJsonObject();
    assertTrue(invoice.containsKey("sentAt") && !invoice.isNull("sentAt"), invoice.toString());

    // The reminder's attempts, failed and successful, in the trace of notification's delivery.
    HttpJson.eventually(
        TraceIT.EXPORTED,
        "the reminder's successful attempt in trace " + origin.traceId(),
        () -> attempts(origin, "send reminder mail").stream().anyMatch(s -> !failed(s)));
    List<JsonObject> spans = TraceIT.spans(origin.traceId());
    JsonObject notification =
        TraceIT.consumers(spans).stream()
            .filter(
                s -> "NotificationConsumer".equals(TraceIT.tag(s, "messaging.consumer.group.name")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("notification's delivery: " + spans));
    List<JsonObject> attempts = attempts(origin, "send reminder mail");
    assertTrue(attempts.size() >= 2, "a failed attempt and a successful one: " + attempts);
    for (JsonObject attempt : attempts) {
      assertEquals(notification.getString("id"), TraceIT.parentOf(attempt), attempt.toString());
    }
    assertEquals(1, attempts.stream().filter(s -> !failed(s)).count(), "sent once: " + attempts);
    JsonObject first =
        attempts.stream()
            .filter(s -> "1".equals(TraceIT.tag(s, "pitstop.mail.attempt")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the first attempt: " + attempts));
    assertTrue(failed(first), "the first attempt failed: " + first);
  }

  static List<JsonObject> attempts(Origin origin, String name) {
    return TraceIT.spans(origin.traceId()).stream()
        .filter(s -> "CLIENT".equals(s.getString("kind", "")))
        .filter(s -> name.equals(s.getString("name", "")))
        .toList();
  }

  static boolean failed(JsonObject span) {
    return "ERROR".equals(TraceIT.tag(span, "otel.status_code"))
        || TraceIT.tag(span, "error") != null;
  }
}
