package it.nl.pitstop.system;

import static it.nl.pitstop.system.Pitstop.CUSTOMER;
import static it.nl.pitstop.system.Pitstop.HANDLERS;
import static it.nl.pitstop.system.SystemState.INVOICING;
import static it.nl.pitstop.system.SystemState.NOTIFICATION;
import static it.nl.pitstop.system.SystemState.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.Test;

/**
 * The day's end to end: jobs planned and finished through the APIs, {@code DayHasPassed} announced
 * through the time service, and what reaches the mail sink: the customer's reminder for the job
 * still to come and the invoice for the finished one, sent to PrestoPrint once.
 */
@SideBySide
class RemindersAndInvoicesFlowIT {

  static final Duration MAIL = Duration.ofSeconds(45);
  static final String PRINTING_COMPANY = "pitstop@prestoprint.nl";
  static final String NAME = "Jan <b>\"de\"</b> Vries & Zn";

  final String customerId = "mail" + UUID.randomUUID().toString().replace("-", "");
  final String email = "flow-" + UUID.randomUUID() + "@example.nl";
  final LocalDate day = WorkshopPlanningFlowIT.freshDay();

  String registerCustomer() {
    String body =
        """
        {"customerId": "%s", "name": "%s", "address": "Stationsweg <3>", "postalCode": "9999 ZZ",
         "city": "Amsterdam", "telephoneNumber": "0612345678", "emailAddress": "%s"}
        """
            .formatted(customerId, NAME.replace("\"", "\\\""), email);
    HttpResponse<String> created = CUSTOMER.post("api/customers", body);
    assertEquals(201, created.statusCode(), created.body());
    return customerId;
  }

  /**
   * Registers the customer and a vehicle of theirs; returns once the workshop knows the vehicle.
   */
  String registerCustomerWithVehicle() throws InterruptedException {
    registerCustomer();
    String plate = VehicleRegistrationFlowIT.newLicenseNumber();
    VehicleRegistrationFlowIT.registerVehicle(plate, customerId);
    HttpJson.eventually(
        CustomerRegistrationFlowIT.PROPAGATION,
        "the vehicle in the workshop's reference data",
        () -> VehicleRegistrationFlowIT.inReferenceData(plate));
    awaitHandled("CustomerRegistered", customerId, 1);
    return plate;
  }

  UUID plan(String plate, LocalDateTime start, LocalDateTime end, String description) {
    UUID jobId = UUID.randomUUID();
    HttpResponse<String> planned =
        WorkshopPlanningFlowIT.plan(
            start.toLocalDate(),
            WorkshopPlanningFlowIT.planBody(jobId, start, end, customerId, plate, description));
    assertEquals(201, planned.statusCode(), planned.body());
    return jobId;
  }

  static void finish(UUID jobId, LocalDateTime start, LocalDateTime end) {
    HttpResponse<String> finished = WorkshopPlanningFlowIT.finish(jobId, start, end);
    assertEquals(200, finished.statusCode(), finished.body());
  }

  /**
   * Plans two jobs of the vehicle on the flow's day, 08:00 and 10:00, and finishes the first;
   * returns once every handler has the finish. The day's announcement then brings a reminder of the
   * second and an invoice of the first.
   *
   * @return the finished job
   */
  UUID oneJobFinishedOneToCome(String plate, String finished, String toCome)
      throws InterruptedException {
    UUID done = plan(plate, day.atTime(8, 0), day.atTime(9, 0), finished);
    plan(plate, day.atTime(10, 0), day.atTime(11, 0), toCome);
    finish(done, day.atTime(8, 0), day.atTime(9, 0));
    awaitHandled("MaintenanceJobFinished", day, 1);
    return done;
  }

  static HttpResponse<String> dayHasPassed(LocalDate date) {
    return HANDLERS.post("api/time/day-has-passed", "{\"date\": \"" + date + "\"}");
  }

  List<JsonObject> invoicesOfTheCustomer() {
    return HttpJson.ok(HANDLERS.get("api/invoices?size=500")).asJsonArray().stream()
        .map(JsonObject.class::cast)
        .filter(invoice -> customerId.equals(invoice.getString("customerId")))
        .toList();
  }

  static List<String> strings(JsonObject object, String name) {
    return object.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  /** The handlers whose subscriptions take each type of event (the handlers' server.xml). */
  static final Map<String, List<String>> SUBSCRIBERS =
      Map.of(
          "CustomerRegistered", List.of(WORKSHOP, NOTIFICATION, INVOICING),
          "MaintenanceJobPlanned", List.of(WORKSHOP, NOTIFICATION, INVOICING),
          "MaintenanceJobFinished", List.of(WORKSHOP, NOTIFICATION, INVOICING),
          "DayHasPassed", List.of(NOTIFICATION, INVOICING));

  /**
   * Waits until the handlers have the events of an aggregate (a customer, a day): the audit log has
   * them, and every handler that subscribes to the type recorded each of those messages as
   * processed. Handlers receive an event on their own subscriptions, so the audit log having it
   * says nothing of the others.
   */
  static void awaitHandled(String type, Object aggregateId, int count) throws InterruptedException {
    Set<String> messageIds = new HashSet<>();
    HttpJson.eventually(
        CustomerRegistrationFlowIT.PROPAGATION,
        count + " " + type + " of " + aggregateId + " in the audit log",
        () -> {
          messageIds.clear();
          HttpJson.ok(HANDLERS.get("api/auditlog?type=" + type + "&aggregateId=" + aggregateId))
              .asJsonArray()
              .forEach(entry -> messageIds.add(entry.asJsonObject().getString("messageId")));
          return messageIds.size() == count;
        });
    SystemState state = new SystemState();
    for (String handler : SUBSCRIBERS.get(type)) {
      HttpJson.eventually(
          CustomerRegistrationFlowIT.PROPAGATION,
          handler + " processed " + type + " of " + aggregateId,
          () -> {
            try {
              return state.processed(handler, messageIds).equals(messageIds);
            } catch (SQLException notReadable) {
              return false;
            }
          });
    }
  }

  @Test
  void theDayBringsTheRemindersAndTheInvoiceOnce() throws Exception {
    String plate = registerCustomerWithVehicle();
    UUID finished =
        plan(plate, day.atTime(8, 0), day.atTime(10, 0), "Brakes <script>alert(1)</script>");
    plan(plate, day.atTime(13, 0), day.atTime(14, 0), "Oil change");
    finish(finished, day.atTime(8, 0), day.atTime(10, 0));
    awaitHandled("MaintenanceJobFinished", day, 1);

    HttpResponse<String> accepted = dayHasPassed(day);

    assertEquals(202, accepted.statusCode(), accepted.body());
    assertEquals(day.toString(), HttpJson.json(accepted).asJsonObject().getString("date"));

    // The customer's reminder: the job still to come, not the finished one.
    HttpJson.eventually(MAIL, "the reminder", () -> MailSink.inbox(email).size() == 1);
    MimeMessage reminder = MailSink.inbox(email).get(0);
    assertEquals("Vehicle maintenance reminder", reminder.getSubject());
    assertEquals("noreply@pitstop.nl", reminder.getFrom()[0].toString());
    String text = MailSink.text(reminder);
    assertTrue(text.startsWith("Dear " + NAME + ",\n"), text);
    assertTrue(
        text.contains(
            "- %s at 13:00 : Oil change on vehicle with license-number %s"
                .formatted(
                    day.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")), plate)),
        text);
    assertFalse(text.contains("Brakes"), text);

    // The invoice for the finished job: recorded, and e-mailed to the printing company.
    HttpJson.eventually(MAIL, "the invoice", () -> invoicesOfTheCustomer().size() == 1);
    JsonObject invoice = invoicesOfTheCustomer().get(0);
    String invoiceId = invoice.getString("invoiceId");
    assertEquals(
        new BigDecimal("37.00"), invoice.getJsonNumber("amount").bigDecimalValue().setScale(2));
    assertEquals(List.of(finished.toString()), strings(invoice, "jobIds"));
    String subject = "Pitstop Garage Invoice #" + invoiceId;
    HttpJson.eventually(
        MAIL,
        "the invoice mail",
        () -> MailSink.withSubject(PRINTING_COMPANY, subject).size() == 1);
    MimeMessage mail = MailSink.withSubject(PRINTING_COMPANY, subject).get(0);
    assertEquals("invoicing@pitstop.nl", mail.getFrom()[0].toString());
    String html = MailSink.html(mail);
    assertTrue(html.contains("37.00"), html);
    assertTrue(html.contains("cid:banner.jpg"), html);
    assertEquals(List.of("<banner.jpg>"), MailSink.inlineContentIds(mail));
    assertTrue(html.contains("Jan &lt;b&gt;"), "the name escaped: " + html);
    assertFalse(html.contains("<b>\"de\"</b>"), html);
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
    JsonObject stored = HttpJson.ok(HANDLERS.get("api/invoices/" + invoiceId)).asJsonObject();
    // SMTP carries lines ending in CRLF.
    assertEquals(
        stored.getString("html").replace("\r\n", "\n").strip(), html.replace("\r\n", "\n").strip());

    // Announcing the day again invoices nothing twice and reminds no one twice.
    assertEquals(202, dayHasPassed(day).statusCode());
    awaitHandled("DayHasPassed", day, 2);
    // A job (of the next day) finished after the first announcement is invoiced alone.
    LocalDate next = day.plusDays(1);
    UUID later = plan(plate, next.atTime(15, 0), next.atTime(16, 0), "Wipers");
    finish(later, next.atTime(15, 0), next.atTime(16, 0));
    awaitHandled("MaintenanceJobFinished", next, 1);
    assertEquals(202, dayHasPassed(day).statusCode());
    HttpJson.eventually(
        MAIL, "the invoice of the later job", () -> invoicesOfTheCustomer().size() == 2);
    JsonObject second =
        invoicesOfTheCustomer().stream()
            .filter(i -> !i.getString("invoiceId").equals(invoiceId))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of(later.toString()), strings(second, "jobIds"));
    assertEquals(
        new BigDecimal("18.50"), second.getJsonNumber("amount").bigDecimalValue().setScale(2));
    assertEquals(1, MailSink.withSubject(PRINTING_COMPANY, subject).size());
    assertEquals(1, MailSink.inbox(email).size(), "no second reminder for the coming job");
  }

  @Test
  void theTimeServiceRefusesABodyThatIsNoDate() {
    HttpResponse<String> refused =
        HANDLERS.post("api/time/day-has-passed", "{\"date\": \"tomorrow\"}");
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(HttpJson.problem(refused).getString("detail").contains("yyyy-MM-dd"));
  }

  @Test
  void anUnknownInvoiceIsNotFound() {
    HttpResponse<String> missing = HANDLERS.get("api/invoices/19990101000000-none");
    assertEquals(404, missing.statusCode(), missing.body());
    assertEquals(404, HttpJson.problem(missing).getInt("status"));
  }
}
