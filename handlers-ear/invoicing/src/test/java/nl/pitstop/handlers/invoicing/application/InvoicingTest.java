package nl.pitstop.handlers.invoicing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.pitstop.handlers.handling.Delivery;
import nl.pitstop.handlers.invoicing.domain.Customer;
import nl.pitstop.handlers.invoicing.domain.Invoice;
import nl.pitstop.handlers.invoicing.domain.InvoiceJob;
import nl.pitstop.handlers.mail.MailMessage;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.messages.DayHasPassed;
import nl.pitstop.messages.IntegrationEvent;
import nl.pitstop.messages.MaintenanceJobFinished;
import nl.pitstop.messages.MaintenanceJobPlanned;
import nl.pitstop.messages.MaintenanceJobPlanned.CustomerInfo;
import nl.pitstop.messages.MaintenanceJobPlanned.VehicleInfo;
import nl.pitstop.messages.VehicleRegistered;
import org.junit.jupiter.api.Test;

/** Given events, when a day has passed, then invoices and their e-mails (reference §13.3). */
class InvoicingTest {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** 15:04:05 in Amsterdam: invoice ids show it on a 24-hour clock. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T14:04:05Z"), AMSTERDAM);

  static final String TIME = "20261202150405";
  static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  final InMemoryInvoiceStore store = new InMemoryInvoiceStore();
  final CollectingMailOutbox outbox = new CollectingMailOutbox();
  final Invoicing invoicing =
      new Invoicing(store, outbox, Invoicing.DEFAULT_PRINTING_COMPANY, CLOCK);

  /** One delivery of the event, in its own transaction (mails queued roll back with it). */
  boolean deliver(IntegrationEvent event) {
    return deliver(invoicing, event);
  }

  boolean deliver(Invoicing handler, IntegrationEvent event) {
    int queued = outbox.mails.size();
    try {
      return store.transaction(() -> handler.handle(Delivery.first(event)));
    } catch (RuntimeException e) {
      outbox.mails.subList(queued, outbox.mails.size()).clear();
      throw e;
    }
  }

  static CustomerRegistered customerRegistered(String id, String name) {
    return new CustomerRegistered(
        UUID.randomUUID(),
        id,
        name,
        "Kerkstraat 1",
        "1234 AB",
        "Amsterdam",
        "0612345678",
        "jan@example.nl");
  }

  static MaintenanceJobPlanned planned(UUID jobId, String customerId) {
    return planned(jobId, customerId, "Replace brake pads");
  }

  static MaintenanceJobPlanned planned(UUID jobId, String customerId, String description) {
    return new MaintenanceJobPlanned(
        UUID.randomUUID(),
        jobId,
        DAY.atTime(8, 0),
        DAY.atTime(11, 0),
        new CustomerInfo(customerId, "Planner's name", "0612345678"),
        new VehicleInfo("AB-12-CD", "Opel", "Corsa"),
        description);
  }

  static MaintenanceJobFinished finished(UUID jobId, LocalDateTime start, LocalDateTime end) {
    return new MaintenanceJobFinished(
        UUID.randomUUID(), jobId, start.toLocalDate(), start, end, "Done.");
  }

  static DayHasPassed dayHasPassed() {
    return new DayHasPassed(UUID.randomUUID(), DAY.plusDays(1));
  }

  /** A registered customer with one job, planned and finished from start to end. */
  UUID finishedJob(String customerId, LocalDateTime start, LocalDateTime end) {
    UUID jobId = UUID.randomUUID();
    deliver(planned(jobId, customerId));
    deliver(finished(jobId, start, end));
    return jobId;
  }

  /** Every column of a job's row. */
  static List<Object> row(InvoiceJob job) {
    return Arrays.asList(
        job.jobId(),
        job.customerId(),
        job.licenseNumber(),
        job.description(),
        job.startTime(),
        job.endTime(),
        job.finished(),
        job.invoiceId());
  }

  Invoice onlyInvoice() {
    assertEquals(1, store.invoices.size(), "invoices");
    return store.invoices.values().iterator().next();
  }

  // --- the original's unit tests (reference §13.3) ---

  @Test
  void aRegisteredCustomerIsStoredWithItsAddressAndNoMailIsSent() {
    assertTrue(deliver(customerRegistered("C1001", "Jan Jansen")));

    Customer customer = store.customers.get("C1001");
    assertEquals("C1001", customer.customerId());
    assertEquals("Jan Jansen", customer.name());
    assertEquals("Kerkstraat 1", customer.address());
    assertEquals("1234 AB", customer.postalCode());
    assertEquals("Amsterdam", customer.city());
    assertTrue(outbox.mails.isEmpty());
  }

  @Test
  void aPlannedJobIsStoredUnfinishedAndNotInvoiced() {
    UUID jobId = UUID.randomUUID();

    assertTrue(deliver(planned(jobId, "C1001", "Replace brake pads")));

    InvoiceJob job = store.jobs.get(jobId);
    assertEquals(jobId, job.jobId());
    assertEquals("C1001", job.customerId());
    assertEquals("AB-12-CD", job.licenseNumber());
    assertEquals("Replace brake pads", job.description());
    assertNull(job.startTime(), "no actual start yet (not the planned one)");
    assertNull(job.endTime());
    assertFalse(job.finished());
    assertNull(job.invoiceId());
    assertTrue(outbox.mails.isEmpty());
  }

  @Test
  void aFinishedJobGetsItsActualTimesAndIsFinished() {
    UUID jobId = UUID.randomUUID();
    deliver(planned(jobId, "C1001"));

    assertTrue(deliver(finished(jobId, DAY.atTime(8, 15), DAY.atTime(10, 45))));

    InvoiceJob job = store.jobs.get(jobId);
    assertEquals(DAY.atTime(8, 15), job.startTime());
    assertEquals(DAY.atTime(10, 45), job.endTime());
    assertTrue(job.finished());
    assertNull(job.invoiceId());
  }

  @Test
  void anInvoiceRunTakesTheRunLockBeforeItReadsTheOpenJobs() {
    UUID jobId = UUID.randomUUID();
    deliver(customerRegistered("C1001", "Jan Jansen"));
    deliver(planned(jobId, "C1001"));
    deliver(finished(jobId, DAY.atTime(8, 15), DAY.atTime(10, 45)));

    deliver(dayHasPassed());

    assertEquals(1, store.invoices.size());
    assertEquals(0, store.unlockedReads, "open jobs read without the invoice-run lock");
  }

  @Test
  void withoutUninvoicedJobsADayHasPassedSendsNothing() {
    deliver(customerRegistered("C1001", "Jan Jansen"));
    deliver(planned(UUID.randomUUID(), "C1001"));

    assertTrue(deliver(dayHasPassed()));

    assertTrue(outbox.mails.isEmpty());
    assertTrue(store.invoices.isEmpty(), "a job that is not finished is not invoiced");
  }

  @Test
  void oneFinishedJobOfTwoHoursIsInvoicedAt37Euros() {
    deliver(customerRegistered("C1001", "Jan Jansen"));
    UUID jobId = finishedJob("C1001", DAY.atTime(8, 0), DAY.atTime(10, 0));

    deliver(dayHasPassed());

    Invoice invoice = onlyInvoice();
    assertEquals("C1001", invoice.customerId());
    assertEquals(jobId.toString(), invoice.jobIdsText());
    assertEquals(new BigDecimal("37.00"), invoice.amount());
    assertEquals(invoice.invoiceId(), store.jobs.get(jobId).invoiceId());
    assertEquals(1, outbox.mails.size());
  }

  @Test
  void twoJobsOfOneCustomerAreOneInvoiceOf55Euros50() {
    deliver(customerRegistered("C1001", "Jan Jansen"));
    UUID afternoon = finishedJob("C1001", DAY.atTime(13, 0), DAY.atTime(14, 0));
    UUID morning = finishedJob("C1001", DAY.atTime(8, 0), DAY.atTime(10, 0));

    deliver(dayHasPassed());

    Invoice invoice = onlyInvoice();
    assertEquals(morning + "|" + afternoon, invoice.jobIdsText(), "in the order they were done");
    assertEquals(List.of(morning.toString(), afternoon.toString()), invoice.jobIds());
    assertEquals(new BigDecimal("55.50"), invoice.amount());
    assertEquals(1, outbox.mails.size());
    assertEquals(invoice.invoiceId(), store.jobs.get(morning).invoiceId());
    assertEquals(invoice.invoiceId(), store.jobs.get(afternoon).invoiceId());
  }

  @Test
  void twoCustomersGetAnInvoiceAndAnEmailEach() {
    deliver(customerRegistered("C2002", "Piet Pietersen"));
    deliver(customerRegistered("C1001", "Jan Jansen"));
    UUID piets = finishedJob("C2002", DAY.atTime(9, 0), DAY.atTime(10, 30));
    UUID jans = finishedJob("C1001", DAY.atTime(8, 0), DAY.atTime(10, 0));

    deliver(dayHasPassed());

    assertEquals(2, store.invoices.size());
    Invoice jan = store.invoices.get(TIME + "-C100");
    Invoice piet = store.invoices.get(TIME + "-C200");
    assertEquals(List.of(jans.toString()), jan.jobIds());
    assertEquals(new BigDecimal("37.00"), jan.amount());
    assertEquals(List.of(piets.toString()), piet.jobIds());
    assertEquals(new BigDecimal("27.75"), piet.amount());
    assertEquals(
        List.of(
            "Pitstop Garage Invoice #" + TIME + "-C100",
            "Pitstop Garage Invoice #" + TIME + "-C200"),
        outbox.mails.stream().map(MailMessage::subject).toList(),
        "one mail each, in customer id order");
  }

  @Test
  void theInvoiceCopiesTheCustomerAndIsDatedTodayDueIn30Days() {
    deliver(customerRegistered("C1001", "Jan Jansen"));
    finishedJob("C1001", DAY.atTime(8, 0), DAY.atTime(10, 0));

    deliver(dayHasPassed());

    Invoice invoice = onlyInvoice();
    assertEquals("Jan Jansen", invoice.customerName());
    assertEquals("Kerkstraat 1", invoice.customerAddress());
    assertEquals("1234 AB", invoice.customerPostalCode());
    assertEquals("Amsterdam", invoice.customerCity());
    assertEquals(LocalDate.of(2026, 12, 2), invoice.invoiceDate());
    assertEquals(LocalDate.of(2027, 1, 1), invoice.paymentDueDate());
    assertEquals(CLOCK.instant(), invoice.createdAt());
    assertEquals(
        List.of(
            "01-12-2026 : Replace brake pads on vehicle with license AB-12-CD"
                + " - Duration: 2 hour - Amount: € 37.00"),
        invoice.specificationLines());
  }

  // --- guarantees beyond the original ---

  @Test
  void theSameMessageTwiceIsHandledOnce() {
    CustomerRegistered registered = customerRegistered("C1001", "Jan Jansen");

    assertTrue(deliver(registered));
    assertFalse(deliver(registered));

    assertEquals(1, store.customers.size());
    assertEquals(1, store.processed.size());
    assertEquals("CustomerRegistered", store.processed.values().iterator().next().messageType());
  }

  @Test
  void theSameDayHasPassedTwiceInvoicesOnce() {
    deliver(customerRegistered("C1001", "Jan Jansen"));
    finishedJob("C1001", DAY.atTime(8, 0), DAY.atTime(10, 0));
    DayHasPassed day = dayHasPassed();

    assertTrue(deliver(day));
    assertFalse(deliver(day));

    assertEquals(1, store.invoices.size());
    assertEquals(1, outbox.mails.size());
  }

  @Test
  void aSecondDayHasPassedSendsNothingMore() {
    deliver(customerRegistered("C1001", "Jan Jansen"));
    finishedJob("C1001", DAY.atTime(8, 0), DAY.atTime(10, 0));
    deliver(dayHasPassed());

    assertTrue(deliver(dayHasPassed()));

    assertEquals(1, store.invoices.size());
    assertEquals(1, outbox.mails.size());
  }

  @Test
  void jobsFinishedAfterAnInvoiceGoOnTheNextDaysInvoice() {
    deliver(customerRegistered("C1001", "Jan Jansen"));
    UUID first = finishedJob("C1001", DAY.atTime(8, 0), DAY.atTime(10, 0));
    deliver(dayHasPassed());
    UUID second = finishedJob("C1001", DAY.plusDays(1).atTime(8, 0), DAY.plusDays(1).atTime(9, 0));
    Invoicing tomorrow =
        new Invoicing(
            store,
            outbox,
            Invoicing.DEFAULT_PRINTING_COMPANY,
            Clock.offset(CLOCK, java.time.Duration.ofDays(1)));

    deliver(tomorrow, dayHasPassed());

    Invoice next = store.invoices.get("20261203150405-C100");
    assertEquals(List.of(second.toString()), next.jobIds());
    assertEquals(new BigDecimal("18.50"), next.amount());
    assertEquals(TIME + "-C100", store.jobs.get(first).invoiceId(), "the first stays invoiced");
    assertEquals(2, outbox.mails.size());
  }

  @Test
  void aSecondRegistrationOfACustomerIsSkippedAndKeepsTheFirst() {
    deliver(customerRegistered("C1001", "First"));

    assertTrue(deliver(customerRegistered("C1001", "Second")));

    assertEquals("First", store.customers.get("C1001").name());
    assertEquals(2, store.processed.size(), "both messages are handled");
  }

  @Test
  void aSecondPlanningOfAJobIsSkippedAndKeepsTheFirst() {
    UUID jobId = UUID.randomUUID();
    deliver(planned(jobId, "C1001", "First"));

    assertTrue(deliver(planned(jobId, "C2002", "Second")));

    assertEquals("First", store.jobs.get(jobId).description());
    assertEquals("C1001", store.jobs.get(jobId).customerId());
  }

  @Test
  void aSecondPlanningOfAJobIsSkippedWhateverItsValues() {
    UUID jobId = UUID.randomUUID();
    deliver(planned(jobId, "C1001", "First"));

    assertTrue(deliver(planned(jobId, "C1001", "x".repeat(ColumnLengths.DESCRIPTION + 1))));

    assertEquals("First", store.jobs.get(jobId).description());
  }

  @Test
  void aSecondFinishOfAJobKeepsTheFirstTimes() {
    UUID jobId = finishedJob("C1001", DAY.atTime(8, 0), DAY.atTime(10, 0));

    assertTrue(deliver(finished(jobId, DAY.atTime(12, 0), DAY.atTime(18, 0))));

    assertEquals(DAY.atTime(10, 0), store.jobs.get(jobId).endTime());
  }

  @Test
  void aFinishThatEndsBeforeItStartsFailsAndLeavesTheJobOpen() {
    UUID jobId = UUID.randomUUID();
    deliver(planned(jobId, "C1001"));

    assertThrows(
        IllegalArgumentException.class,
        () -> deliver(finished(jobId, DAY.atTime(10, 0), DAY.atTime(8, 0))));

    assertFalse(store.jobs.get(jobId).finished());
    assertEquals(1, store.processed.size(), "only the planning is handled");
  }

  // --- a Finished before its Planned (redelivered or concurrent messages) ---

  @Test
  void aFinishedBeforeItsPlannedIsKeptAsAFinishedJobThatIsNotPlannedYet() {
    UUID jobId = UUID.randomUUID();

    assertTrue(deliver(finished(jobId, DAY.atTime(8, 15), DAY.atTime(10, 45))));

    InvoiceJob job = store.jobs.get(jobId);
    assertFalse(job.planned());
    assertTrue(job.finished());
    assertEquals(DAY.atTime(8, 15), job.startTime());
    assertEquals(DAY.atTime(10, 45), job.endTime());
    assertNull(job.customerId());
    assertNull(job.description());
    assertFalse(job.awaitsInvoice());
    assertEquals(1, store.processed.size(), "handled, not left for redelivery");
  }

  @Test
  void finishedThenPlannedGivesTheSameJobAsPlannedThenFinished() {
    UUID jobId = UUID.randomUUID();
    MaintenanceJobPlanned planned = planned(jobId, "C1001");
    MaintenanceJobFinished finished = finished(jobId, DAY.atTime(8, 15), DAY.atTime(10, 45));
    InMemoryInvoiceStore inOrder = new InMemoryInvoiceStore();
    Invoicing inOrderInvoicing =
        new Invoicing(
            inOrder, new CollectingMailOutbox(), Invoicing.DEFAULT_PRINTING_COMPANY, CLOCK);
    inOrder.transaction(() -> inOrderInvoicing.handle(Delivery.first(planned)));
    inOrder.transaction(() -> inOrderInvoicing.handle(Delivery.first(finished)));

    assertTrue(deliver(finished));
    assertTrue(deliver(planned));

    assertEquals(row(inOrder.jobs.get(jobId)), row(store.jobs.get(jobId)));
    assertEquals(inOrder.processed.keySet(), store.processed.keySet());
    assertTrue(store.jobs.get(jobId).awaitsInvoice());
    assertEquals("Replace brake pads", store.jobs.get(jobId).description());
  }

  @Test
  void theSameFinishedTwiceBeforeItsPlannedChangesNothingTheSecondTime() {
    UUID jobId = UUID.randomUUID();
    MaintenanceJobFinished finished = finished(jobId, DAY.atTime(8, 0), DAY.atTime(10, 0));
    deliver(finished);
    List<Object> before = row(store.jobs.get(jobId));

    assertFalse(deliver(finished));

    assertEquals(before, row(store.jobs.get(jobId)));
    assertEquals(1, store.jobs.size());
    assertEquals(1, store.processed.size());
  }

  @Test
  void theSamePlannedTwiceAfterAnEarlyFinishedChangesNothingTheSecondTime() {
    UUID jobId = UUID.randomUUID();
    MaintenanceJobPlanned planned = planned(jobId, "C1001");
    deliver(finished(jobId, DAY.atTime(8, 0), DAY.atTime(10, 0)));
    deliver(planned);
    List<Object> before = row(store.jobs.get(jobId));

    assertFalse(deliver(planned));

    assertEquals(before, row(store.jobs.get(jobId)));
    assertEquals(2, store.processed.size());
  }

  @Test
  void aSecondPlanningOfAJobFinishedBeforeItsPlanningKeepsTheFirst() {
    UUID jobId = UUID.randomUUID();
    deliver(finished(jobId, DAY.atTime(8, 0), DAY.atTime(10, 0)));
    deliver(planned(jobId, "C1001", "First"));

    assertTrue(deliver(planned(jobId, "C2002", "Second")));

    assertEquals("First", store.jobs.get(jobId).description());
    assertEquals("C1001", store.jobs.get(jobId).customerId());
  }

  @Test
  void aSecondFinishBeforeThePlanningKeepsTheFirstTimes() {
    UUID jobId = UUID.randomUUID();
    deliver(finished(jobId, DAY.atTime(8, 0), DAY.atTime(10, 0)));

    assertTrue(deliver(finished(jobId, DAY.atTime(12, 0), DAY.atTime(18, 0))));
    deliver(planned(jobId, "C1001"));

    assertEquals(DAY.atTime(10, 0), store.jobs.get(jobId).endTime());
  }

  @Test
  void aJobFinishedBeforeItsPlanningIsInvoicedAsIfTheyHadComeInOrder() {
    UUID jobId = UUID.randomUUID();
    MaintenanceJobPlanned planned = planned(jobId, "C1001");
    MaintenanceJobFinished finished = finished(jobId, DAY.atTime(8, 0), DAY.atTime(10, 0));
    DayHasPassed day = dayHasPassed();
    InMemoryInvoiceStore inOrder = new InMemoryInvoiceStore();
    CollectingMailOutbox inOrderMails = new CollectingMailOutbox();
    Invoicing inOrderInvoicing =
        new Invoicing(inOrder, inOrderMails, Invoicing.DEFAULT_PRINTING_COMPANY, CLOCK);
    CustomerRegistered customer = customerRegistered("C1001", "Jan Jansen");
    for (IntegrationEvent event : List.of(customer, planned, finished, day)) {
      inOrder.transaction(() -> inOrderInvoicing.handle(Delivery.first(event)));
    }

    deliver(customer);
    deliver(finished);
    deliver(planned);
    deliver(day);

    Invoice invoice = onlyInvoice();
    Invoice expected = inOrder.invoices.values().iterator().next();
    assertEquals(new BigDecimal("37.00"), invoice.amount());
    assertEquals(List.of(jobId.toString()), invoice.jobIds());
    assertEquals(expected.invoiceId(), invoice.invoiceId());
    assertEquals(expected.amount(), invoice.amount());
    assertEquals(expected.specificationLines(), invoice.specificationLines());
    assertEquals(expected.html(), invoice.html());
    assertEquals(invoice.invoiceId(), store.jobs.get(jobId).invoiceId());
    assertEquals(1, outbox.mails.size());
    assertEquals(inOrderMails.mails, outbox.mails);
  }

  @Test
  void aDayHasPassedBeforeTheLatePlannedDoesNotInvoiceTheJobButTheNextOneDoes() {
    deliver(customerRegistered("C1001", "Jan Jansen"));
    UUID jobId = UUID.randomUUID();
    deliver(finished(jobId, DAY.atTime(8, 0), DAY.atTime(10, 0)));

    assertTrue(deliver(dayHasPassed()));

    assertTrue(store.invoices.isEmpty(), "a job that is not planned yet is not invoiced");
    assertTrue(outbox.mails.isEmpty());
    assertNull(store.jobs.get(jobId).invoiceId());

    deliver(planned(jobId, "C1001"));
    deliver(dayHasPassed());

    Invoice invoice = onlyInvoice();
    assertEquals(List.of(jobId.toString()), invoice.jobIds());
    assertEquals(new BigDecimal("37.00"), invoice.amount());
    assertEquals(invoice.invoiceId(), store.jobs.get(jobId).invoiceId());
    assertEquals(1, outbox.mails.size());

    deliver(dayHasPassed());
    assertEquals(1, store.invoices.size(), "invoiced once");
  }

  @Test
  void aJobNotPlannedYetDoesNotHoldUpTheCustomersOtherJobs() {
    deliver(customerRegistered("C1001", "Jan Jansen"));
    UUID early = UUID.randomUUID();
    deliver(finished(early, DAY.atTime(13, 0), DAY.atTime(14, 0)));
    UUID planned = finishedJob("C1001", DAY.atTime(8, 0), DAY.atTime(10, 0));

    deliver(dayHasPassed());

    assertEquals(List.of(planned.toString()), onlyInvoice().jobIds());
    assertNull(store.jobs.get(early).invoiceId());
  }

  @Test
  void aFinishThatEndsBeforeItStartsFailsBeforeItsPlannedToo() {
    UUID jobId = UUID.randomUUID();

    assertThrows(
        IllegalArgumentException.class,
        () -> deliver(finished(jobId, DAY.atTime(10, 0), DAY.atTime(8, 0))));

    assertTrue(store.jobs.isEmpty());
    assertTrue(store.processed.isEmpty(), "rolled back, so the broker redelivers it");
  }

  @Test
  void aLatePlannedWithAValueTooLongFailsAndLeavesTheEarlyFinishAsItWas() {
    UUID jobId = UUID.randomUUID();
    deliver(finished(jobId, DAY.atTime(8, 0), DAY.atTime(10, 0)));
    List<Object> before = row(store.jobs.get(jobId));

    assertThrows(
        IllegalArgumentException.class,
        () -> deliver(planned(jobId, "C1001", "x".repeat(ColumnLengths.DESCRIPTION + 1))));

    assertEquals(before, row(store.jobs.get(jobId)));
    assertFalse(store.jobs.get(jobId).planned());
    assertEquals(1, store.processed.size(), "only the finish is handled");
  }

  @Test
  void aValueTooLongForItsColumnFailsTheMessageInsteadOfLosingIt() {
    IllegalArgumentException failure =
        assertThrows(
            IllegalArgumentException.class,
            () -> deliver(customerRegistered("C1001", "x".repeat(201))));

    assertEquals(
        "The name of customer C1001 is 201 characters long; at most 200 fit in its column.",
        failure.getMessage());
    assertTrue(store.customers.isEmpty());
    assertTrue(store.processed.isEmpty(), "rolled back, so the broker redelivers it");
  }

  @Test
  void aNameOfTheLengthTheCustomerServiceAcceptsIsStored() {
    String name = "n".repeat(100);

    deliver(customerRegistered("C1001", name));

    assertEquals(name, store.customers.get("C1001").name());
  }

  @Test
  void aJobOfAnUnknownCustomerWaitsForTheCustomer() {
    UUID jobId = finishedJob("C1001", DAY.atTime(8, 0), DAY.atTime(10, 0));

    assertTrue(deliver(dayHasPassed()));

    assertTrue(store.invoices.isEmpty());
    assertTrue(outbox.mails.isEmpty());
    assertNull(store.jobs.get(jobId).invoiceId(), "still open");

    deliver(customerRegistered("C1001", "Jan Jansen"));
    deliver(dayHasPassed());

    assertEquals(List.of(jobId.toString()), onlyInvoice().jobIds());
    assertEquals(1, outbox.mails.size());
  }

  @Test
  void anUnknownCustomerDoesNotHoldUpTheOthers() {
    deliver(customerRegistered("C2002", "Piet Pietersen"));
    UUID unknowns = finishedJob("C1001", DAY.atTime(8, 0), DAY.atTime(10, 0));
    UUID piets = finishedJob("C2002", DAY.atTime(8, 0), DAY.atTime(10, 0));

    deliver(dayHasPassed());

    assertEquals(List.of(piets.toString()), onlyInvoice().jobIds());
    assertNull(store.jobs.get(unknowns).invoiceId());
  }

  @Test
  void invoiceIdsUseA24HourClockAndTheFirstFourLettersOrDigitsOfTheCustomerId() {
    assertEquals(
        "20261202150405-cust",
        Invoicing.invoiceId(LocalDateTime.of(2026, 12, 2, 15, 4, 5), "cust-42"));
    assertEquals(
        "20261202030405-abcd",
        Invoicing.invoiceId(LocalDateTime.of(2026, 12, 2, 3, 4, 5), "a-b-c-d-e"));
    assertEquals(
        "20261202000000-ab", Invoicing.invoiceId(LocalDateTime.of(2026, 12, 2, 0, 0), "ab"));
    assertEquals("20261202000000", Invoicing.invoiceId(LocalDateTime.of(2026, 12, 2, 0, 0), "--"));
  }

  @Test
  void theInvoiceIdIsTheServersLocalTimeOnA24HourClock() {
    deliver(customerRegistered("C1001", "Jan Jansen"));
    finishedJob("C1001", DAY.atTime(8, 0), DAY.atTime(10, 0));

    deliver(dayHasPassed());

    assertEquals("20261202150405-C100", onlyInvoice().invoiceId());
  }

  @Test
  void invoiceIdsThatExistAlreadyGetASuffix() {
    deliver(customerRegistered("abcd-1", "Jan Jansen"));
    deliver(customerRegistered("abcd-2", "Piet Pietersen"));
    UUID jans = finishedJob("abcd-1", DAY.atTime(8, 0), DAY.atTime(10, 0));
    UUID piets = finishedJob("abcd-2", DAY.atTime(8, 0), DAY.atTime(10, 0));

    deliver(dayHasPassed());
    UUID later = finishedJob("abcd-1", DAY.atTime(11, 0), DAY.atTime(12, 0));
    deliver(dayHasPassed());

    assertEquals(TIME + "-abcd", store.jobs.get(jans).invoiceId());
    assertEquals(TIME + "-abcd-2", store.jobs.get(piets).invoiceId());
    assertEquals(TIME + "-abcd-3", store.jobs.get(later).invoiceId(), "same second, next run");
    assertEquals(3, store.invoices.size());
    assertEquals(
        List.of(TIME + "-abcd", TIME + "-abcd-2", TIME + "-abcd-3"),
        outbox.mails.stream().map(MailMessage::reference).toList());
  }

  @Test
  void anAmountBeyond999Euros99IsInvoiced() {
    deliver(customerRegistered("C1001", "Jan Jansen"));
    finishedJob("C1001", DAY.atTime(8, 0), DAY.plusDays(2).atTime(20, 0));

    deliver(dayHasPassed());

    Invoice invoice = onlyInvoice();
    assertEquals(new BigDecimal("1110.00"), invoice.amount(), "60 hours at € 18.50");
    assertTrue(invoice.html().contains("€ 1110.00"));
  }

  @Test
  void theEmailGoesFromInvoicingToThePrintingCompanyWithTheBannerInline() {
    deliver(customerRegistered("C1001", "Jan Jansen"));
    finishedJob("C1001", DAY.atTime(8, 0), DAY.atTime(10, 0));

    deliver(dayHasPassed());

    Invoice invoice = onlyInvoice();
    MailMessage mail = outbox.mails.get(0);
    assertEquals("invoicing@pitstop.nl", mail.from());
    assertEquals("pitstop@prestoprint.nl", mail.to());
    assertEquals("Pitstop Garage Invoice #20261202150405-C100", mail.subject());
    assertTrue(mail.html());
    assertEquals(List.of("banner.jpg"), mail.inlineImages());
    assertEquals(invoice.invoiceId(), mail.reference());
    assertEquals(invoice.html(), mail.body(), "the invoice keeps the exact body");
    assertTrue(mail.body().contains("<img src=\"cid:banner.jpg\""));
    assertTrue(mail.body().contains("Dear Jan Jansen,"));
  }

  @Test
  void thePrintingCompanyIsConfigurable() {
    Invoicing configured = new Invoicing(store, outbox, "invoices@printer.example", CLOCK);
    deliver(configured, customerRegistered("C1001", "Jan Jansen"));
    finishedJob("C1001", DAY.atTime(8, 0), DAY.atTime(10, 0));

    deliver(configured, dayHasPassed());

    assertEquals("invoices@printer.example", outbox.mails.get(0).to());
  }

  @Test
  void htmlInANameOrDescriptionAppearsInTheEmailOnlyEscaped() {
    String script = "<script>alert(1)</script>";
    deliver(customerRegistered("C1001", script));
    UUID jobId = UUID.randomUUID();
    deliver(planned(jobId, "C1001", script));
    deliver(finished(jobId, DAY.atTime(8, 0), DAY.atTime(10, 0)));

    deliver(dayHasPassed());

    String body = outbox.mails.get(0).body();
    assertFalse(body.contains("<script"), body);
    assertFalse(body.contains("</script>"), body);
    String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
    assertTrue(body.contains("Dear " + escaped + ","), body);
    assertTrue(body.contains(escaped + " on vehicle with license AB-12-CD"), body);
    assertEquals(script, onlyInvoice().customerName(), "the data itself is kept as it was");
  }

  @Test
  void otherEventsAreOnlyRecordedAsHandled() {
    assertTrue(
        deliver(new VehicleRegistered(UUID.randomUUID(), "AB-12-CD", "Opel", "Corsa", "C1001")));

    assertEquals(1, store.processed.size());
    assertTrue(store.customers.isEmpty());
    assertTrue(store.jobs.isEmpty());
    assertTrue(outbox.mails.isEmpty());
  }
}
