package nl.pitstop.handlers.invoicing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.pitstop.handlers.handling.Delivery;
import nl.pitstop.handlers.invoicing.domain.Invoice;
import nl.pitstop.messages.DayHasPassed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read side: invoices as the REST API lists and shows them. */
class InvoicesTest {

  final InMemoryInvoiceStore store = new InMemoryInvoiceStore();
  final CollectingMailOutbox outbox = new CollectingMailOutbox();
  final Invoices invoices = new Invoices(store);

  /** Three days with one invoice each, the first one for C1001. */
  @BeforeEach
  void threeInvoices() {
    for (int day = 0; day < 3; day++) {
      Invoicing invoicing =
          new Invoicing(
              store,
              outbox,
              Invoicing.DEFAULT_PRINTING_COMPANY,
              Clock.offset(InvoicingTest.CLOCK, Duration.ofDays(day)));
      String customerId = "C" + (1001 + day);
      String name = "Customer " + day;
      store.transaction(
          () ->
              invoicing.handle(Delivery.first(InvoicingTest.customerRegistered(customerId, name))));
      UUID jobId = UUID.randomUUID();
      store.transaction(
          () -> invoicing.handle(Delivery.first(InvoicingTest.planned(jobId, customerId))));
      store.transaction(
          () ->
              invoicing.handle(
                  Delivery.first(
                      InvoicingTest.finished(
                          jobId, InvoicingTest.DAY.atTime(8, 0), InvoicingTest.DAY.atTime(9, 0)))));
      store.transaction(
          () ->
              invoicing.handle(
                  Delivery.first(new DayHasPassed(UUID.randomUUID(), InvoicingTest.DAY))));
    }
  }

  @Test
  void invoicesAreListedNewestFirstByPage() {
    assertEquals(
        List.of("20261204150405-C100", "20261203150405-C100"),
        invoices.newestFirst(0, 2).stream().map(Invoice::invoiceId).toList());
    assertEquals(
        List.of("20261202150405-C100"),
        invoices.newestFirst(2, 2).stream().map(Invoice::invoiceId).toList());
    assertTrue(invoices.newestFirst(3, 2).isEmpty());
  }

  @Test
  void anInvoiceIsFoundByIdAndAnUnknownIdIsNot() {
    Invoice invoice = invoices.find("20261202150405-C100").orElseThrow();

    assertEquals("C1001", invoice.customerId());
    assertTrue(invoices.find("20261202150405-XXXX").isEmpty());
    assertTrue(invoices.find(null).isEmpty());
  }

  @Test
  void onlyMailsThatWentOutHaveASendTime() {
    Instant sent = Instant.parse("2026-12-02T14:04:07Z");
    store.sent.put("20261202150405-C100", sent);

    assertEquals(
        Map.of("20261202150405-C100", sent),
        invoices.mailsSentAt(List.of("20261202150405-C100", "20261203150405-C100")));
    assertEquals(Map.of(), invoices.mailsSentAt(List.of()));
  }

  @Test
  void aNegativeOffsetOrAnEmptyPageIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> invoices.newestFirst(-1, 10));
    assertThrows(IllegalArgumentException.class, () -> invoices.newestFirst(0, 0));
  }
}
