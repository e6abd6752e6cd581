package it.nl.pitstop.handlers;

import static it.nl.pitstop.handlers.HandlersDeployment.eventually;
import static it.nl.pitstop.handlers.HandlersDeployment.inbox;
import static it.nl.pitstop.handlers.HandlersDeployment.occurrences;
import static it.nl.pitstop.handlers.HandlersDeployment.publish;
import static it.nl.pitstop.handlers.HandlersDeployment.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.messages.DayHasPassed;
import nl.pitstop.messages.MaintenanceJobFinished;
import nl.pitstop.messages.MaintenanceJobPlanned;
import nl.pitstop.messages.MaintenanceJobPlanned.CustomerInfo;
import nl.pitstop.messages.MaintenanceJobPlanned.VehicleInfo;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The invoicing MDB on its durable subscription: a finished job is invoiced once, the invoice
 * reaches the printing company's mailbox, and a redelivered or repeated message invoices nothing
 * twice.
 */
@ExtendWith(ArquillianExtension.class)
class InvoicingConsumerIT {

  static final String DB = "jdbc/invoicing";
  static final String PRINTING_COMPANY = "pitstop@prestoprint.nl";

  @Deployment
  static WebArchive deployment() {
    return HandlersDeployment.archive(InvoicingConsumerIT.class);
  }

  final String customerId = "it" + UUID.randomUUID().toString().replace("-", "");
  final LocalDate day =
      LocalDate.of(2031, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));

  CustomerRegistered customer() {
    return new CustomerRegistered(
        UUID.randomUUID(),
        customerId,
        "Invoice <Customer>",
        "Kerkstraat 1",
        "1234 AB",
        "Amsterdam",
        "0612345678",
        "c@example.nl");
  }

  MaintenanceJobPlanned planned(UUID jobId, int hour) {
    LocalDateTime start = day.atTime(hour, 0);
    return new MaintenanceJobPlanned(
        UUID.randomUUID(),
        jobId,
        start,
        start.plusHours(2),
        new CustomerInfo(customerId, "Invoice Customer", "0612345678"),
        new VehicleInfo("IN-12-VO", "Opel", "Corsa"),
        "Brakes");
  }

  MaintenanceJobFinished finished(UUID jobId, int fromHour, int toHour) {
    return new MaintenanceJobFinished(
        UUID.randomUUID(), jobId, day, day.atTime(fromHour, 0), day.atTime(toHour, 0), "Done");
  }

  List<List<String>> invoices() throws Exception {
    return rows(
        DB, "select invoice_id, amount, job_ids from invoice where customer_id = ?", customerId);
  }

  List<List<String>> openJobs() throws Exception {
    return rows(
        DB,
        "select job_id from invoice_job where customer_id = ? and finished = true"
            + " and invoice_id is null",
        customerId);
  }

  long handled(UUID messageId) throws Exception {
    return rows(DB, "select 1 from processed_message where message_id = ?", messageId.toString())
        .size();
  }

  @Test
  void theFinishedJobsOfACustomerAreInvoicedOnceAndMailedToThePrintingCompany() throws Exception {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    MaintenanceJobFinished firstFinished = finished(first, 8, 10);
    publish(customer(), planned(first, 8), planned(second, 13));
    publish(firstFinished, finished(second, 13, 14));
    eventually(this::openJobs, jobs -> jobs.size() == 2, "two finished jobs");
    DayHasPassed dayHasPassed = new DayHasPassed(UUID.randomUUID(), day);

    publish(dayHasPassed);

    List<String> invoice =
        eventually(this::invoices, rows -> rows.size() == 1, "the invoice").get(0);
    String invoiceId = invoice.get(0);
    assertEquals(new BigDecimal("55.50"), new BigDecimal(invoice.get(1)).setScale(2));
    assertTrue(
        invoice.get(2).contains(first.toString()) && invoice.get(2).contains(second.toString()));
    String subject = "Pitstop Garage Invoice #" + invoiceId;
    String mails =
        eventually(
            () -> inbox(PRINTING_COMPANY), json -> json.contains(subject), "the invoice mail");
    assertEquals(1, occurrences(mails, "Subject: " + subject));
    assertTrue(openJobs().isEmpty(), "the jobs are marked invoiced");

    // Redelivered copies and a new announcement of the day invoice nothing twice.
    DayHasPassed again = new DayHasPassed(UUID.randomUUID(), day);
    publish(firstFinished, dayHasPassed, again);
    eventually(
        () -> handled(again.messageId()), handled -> handled == 1, "the second announcement");

    assertEquals(1, invoices().size());
    assertEquals(
        1,
        rows(DB, "select id from outgoing_mail where subject = ?", subject).size(),
        "one invoice mail queued");
    assertEquals(1, occurrences(inbox(PRINTING_COMPANY), "Subject: " + subject));
  }
}
