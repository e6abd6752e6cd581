package nl.pitstop.handlers.invoicing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvoiceTest {

  static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  static final LocalDateTime INVOICE_TIME = LocalDateTime.of(2026, 12, 2, 15, 4, 5);
  static final Instant CREATED = Instant.parse("2026-12-02T14:04:05Z");
  static final Customer JAN =
      new Customer("C1001", "Jan Jansen", "Kerkstraat 1", "1234 AB", "Amsterdam");

  static InvoiceJob job(String description, LocalDateTime start, LocalDateTime end) {
    InvoiceJob job = new InvoiceJob(UUID.randomUUID(), "C1001", "AB-12-CD", description);
    job.finish(start, end);
    return job;
  }

  static Invoice issue(List<InvoiceJob> jobs) {
    return Invoice.issue(
        "20261202150405-C100", INVOICE_TIME, CREATED, JAN, jobs, invoice -> "<html/>");
  }

  @Test
  void anInvoiceTotalsItsJobsAndListsThemInItsOrder() {
    InvoiceJob brakes = job("Brakes", DAY.atTime(8, 0), DAY.atTime(10, 0));
    InvoiceJob tyres = job("Tyres", DAY.atTime(13, 0), DAY.atTime(14, 30));

    Invoice invoice = issue(List.of(brakes, tyres));

    assertEquals(new BigDecimal("64.75"), invoice.amount());
    assertEquals(brakes.jobId() + "|" + tyres.jobId(), invoice.jobIdsText());
    assertEquals(List.of(brakes.jobId().toString(), tyres.jobId().toString()), invoice.jobIds());
    assertEquals(
        List.of(
            "01-12-2026 : Brakes on vehicle with license AB-12-CD - Duration: 2 hour"
                + " - Amount: € 37.00",
            "01-12-2026 : Tyres on vehicle with license AB-12-CD - Duration: 1.5 hour"
                + " - Amount: € 27.75"),
        invoice.specificationLines());
  }

  @Test
  void anInvoiceIsDatedOnItsInvoiceTimeAndDueThirtyDaysLater() {
    Invoice invoice = issue(List.of(job("Brakes", DAY.atTime(8, 0), DAY.atTime(10, 0))));

    assertEquals("20261202150405-C100", invoice.invoiceId());
    assertEquals(LocalDate.of(2026, 12, 2), invoice.invoiceDate());
    assertEquals(LocalDate.of(2027, 1, 1), invoice.paymentDueDate());
    assertEquals(CREATED, invoice.createdAt());
  }

  @Test
  void anInvoiceCopiesTheCustomersNameAndAddress() {
    Invoice invoice = issue(List.of(job("Brakes", DAY.atTime(8, 0), DAY.atTime(10, 0))));

    assertEquals("C1001", invoice.customerId());
    assertEquals("Jan Jansen", invoice.customerName());
    assertEquals("Kerkstraat 1", invoice.customerAddress());
    assertEquals("1234 AB", invoice.customerPostalCode());
    assertEquals("Amsterdam", invoice.customerCity());
  }

  @Test
  void anInvoiceKeepsItsEmailBodyMadeFromTheIssuedInvoice() {
    Invoice invoice =
        Invoice.issue(
            "20261202150405-C100",
            INVOICE_TIME,
            CREATED,
            JAN,
            List.of(job("Brakes", DAY.atTime(8, 0), DAY.atTime(10, 0))),
            issued -> issued.invoiceId() + " of " + issued.amount());

    assertEquals("20261202150405-C100 of 37.00", invoice.html());
  }

  @Test
  void theJobsOfAnIssuedInvoiceAreOnIt() {
    InvoiceJob brakes = job("Brakes", DAY.atTime(8, 0), DAY.atTime(10, 0));

    issue(List.of(brakes));

    assertEquals("20261202150405-C100", brakes.invoiceId());
    assertFalse(brakes.awaitsInvoice());
    assertThrows(IllegalStateException.class, () -> issue(List.of(brakes)));
  }

  @Test
  void aLineShowsTheDayTheJobEnded() {
    Invoice invoice =
        issue(List.of(job("Night shift", DAY.atTime(22, 0), DAY.plusDays(1).atTime(2, 0))));

    assertTrue(invoice.specificationLines().get(0).startsWith("02-12-2026 : Night shift"));
    assertEquals(new BigDecimal("74.00"), invoice.amount());
  }

  @Test
  void lineBreaksInADescriptionStayOnItsLine() {
    Invoice invoice =
        issue(List.of(job("Brakes\r\nand\nlights", DAY.atTime(8, 0), DAY.atTime(10, 0))));

    assertEquals(1, invoice.specificationLines().size());
    assertTrue(invoice.specificationLines().get(0).contains(": Brakes and lights on vehicle"));
  }

  @Test
  void anInvoiceNeedsAJob() {
    assertThrows(IllegalArgumentException.class, () -> issue(List.of()));
  }

  @Test
  void aJobIsInvoicedOnlyOnceAndOnlyWhenFinished() {
    InvoiceJob open = new InvoiceJob(UUID.randomUUID(), "C1001", "AB-12-CD", "Brakes");
    assertThrows(IllegalStateException.class, () -> open.invoicedOn("first"));
    assertThrows(IllegalStateException.class, open::charge);

    InvoiceJob done = job("Brakes", DAY.atTime(8, 0), DAY.atTime(10, 0));
    done.invoicedOn("first");

    assertThrows(IllegalStateException.class, () -> done.invoicedOn("second"));
    assertEquals("first", done.invoiceId());
  }
}
