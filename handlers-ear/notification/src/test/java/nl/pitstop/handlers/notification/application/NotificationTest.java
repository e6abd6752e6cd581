package nl.pitstop.handlers.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.pitstop.handlers.handling.Delivery;
import nl.pitstop.handlers.handling.ProcessedMessage;
import nl.pitstop.handlers.mail.MailMessage;
import nl.pitstop.handlers.notification.domain.Customer;
import nl.pitstop.handlers.notification.domain.ReminderJob;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.messages.DayHasPassed;
import nl.pitstop.messages.IntegrationEvent;
import nl.pitstop.messages.MaintenanceJobFinished;
import nl.pitstop.messages.MaintenanceJobPlanned;
import nl.pitstop.messages.MaintenanceJobPlanned.CustomerInfo;
import nl.pitstop.messages.MaintenanceJobPlanned.VehicleInfo;
import nl.pitstop.messages.VehicleRegistered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Given past events, when a day begins, then these reminder mails and this state of the jobs. */
class NotificationTest {

  static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  static final LocalDateTime EIGHT = DAY.atTime(8, 0);
  static final Instant NOW = Instant.parse("2026-12-01T00:00:05Z");

  final InMemoryReminderStore store = new InMemoryReminderStore();
  final CollectingMailOutbox outbox = new CollectingMailOutbox();
  final NotificationHandler handler =
      new NotificationHandler(store, outbox, Clock.fixed(NOW, ZoneOffset.UTC));

  final List<LogRecord> warnings = new ArrayList<>();
  final Logger log = Logger.getLogger(NotificationHandler.class.getName());
  final Handler warningCollector =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void collectWarnings() {
    log.addHandler(warningCollector);
  }

  @AfterEach
  void stopCollectingWarnings() {
    log.removeHandler(warningCollector);
  }

  /** One delivery of the event, in its own transaction: a failure undoes its rows and mails. */
  boolean deliver(IntegrationEvent event) {
    var rows = store.snapshot();
    int mails = outbox.queued.size();
    try {
      return handler.handle(Delivery.first(event));
    } catch (RuntimeException e) {
      store.restore(rows);
      outbox.queued.subList(mails, outbox.queued.size()).clear();
      throw e;
    }
  }

  static CustomerRegistered customerRegistered(String id, String name, String emailAddress) {
    return new CustomerRegistered(
        UUID.randomUUID(),
        id,
        name,
        "Kerkstraat 1",
        "1234 AB",
        "Amsterdam",
        "0612345678",
        emailAddress);
  }

  static MaintenanceJobPlanned planned(
      UUID jobId,
      String customerId,
      LocalDateTime startTime,
      String licenseNumber,
      String description) {
    return new MaintenanceJobPlanned(
        UUID.randomUUID(),
        jobId,
        startTime,
        startTime.plusHours(2),
        new CustomerInfo(customerId, "Name as planned", "0600000000"),
        new VehicleInfo(licenseNumber, "Opel", "Corsa"),
        description);
  }

  static MaintenanceJobFinished finished(UUID jobId) {
    return new MaintenanceJobFinished(
        UUID.randomUUID(),
        jobId,
        DAY,
        EIGHT.plusMinutes(5),
        EIGHT.plusHours(1),
        "Replaced the brake pads.");
  }

  static DayHasPassed dayHasPassed(LocalDate date) {
    return new DayHasPassed(UUID.randomUUID(), date);
  }

  /** Plans a job for the customer and returns its id. */
  UUID plan(String customerId, LocalDateTime startTime, String licenseNumber, String description) {
    UUID jobId = UUID.randomUUID();
    deliver(planned(jobId, customerId, startTime, licenseNumber, description));
    return jobId;
  }

  ReminderJob job(UUID jobId) {
    return store.job(jobId.toString());
  }

  @Test
  void aRegisteredCustomerIsStoredWithAllFourFieldsAndNoMail() {
    assertTrue(deliver(customerRegistered("c1", "Jan Jansen", "jan@example.nl")));

    Customer customer = store.customers.get("c1");
    assertEquals("c1", customer.customerId());
    assertEquals("Jan Jansen", customer.name());
    assertEquals("0612345678", customer.telephoneNumber());
    assertEquals("jan@example.nl", customer.emailAddress());
    assertTrue(outbox.queued.isEmpty());
  }

  @Test
  void aPlannedJobIsStoredWithItsFieldsAndNoMail() {
    UUID jobId = UUID.randomUUID();

    assertTrue(deliver(planned(jobId, "c1", EIGHT, "AB-12-CD", "Brakes")));

    ReminderJob job = job(jobId);
    assertEquals(jobId.toString(), job.jobId());
    assertEquals("c1", job.customerId());
    assertEquals("AB-12-CD", job.licenseNumber());
    assertEquals(EIGHT, job.startTime());
    assertEquals("Brakes", job.description());
    assertTrue(job.isPlanned());
    assertFalse(job.isFinished());
    assertNull(job.remindedAt());
    assertTrue(outbox.queued.isEmpty());
  }

  @Test
  void aFinishedJobGetsNoReminder() {
    deliver(customerRegistered("c1", "Jan", "jan@example.nl"));
    UUID jobId = plan("c1", EIGHT, "AB-12-CD", "Brakes");

    assertTrue(deliver(finished(jobId)));
    assertTrue(outbox.queued.isEmpty(), "finishing sends nothing");
    deliver(dayHasPassed(DAY));

    assertTrue(outbox.queued.isEmpty());
    assertTrue(job(jobId).isFinished());
    assertNull(job(jobId).remindedAt());
  }

  @Test
  void aJobFinishedBeforeItsPlanningArrivedIsStoredFinishedAndGetsNoReminder() {
    deliver(customerRegistered("c1", "Jan", "jan@example.nl"));
    UUID jobId = UUID.randomUUID();

    assertTrue(deliver(finished(jobId)));
    assertTrue(job(jobId).isFinished());
    assertFalse(job(jobId).isPlanned());
    assertTrue(deliver(planned(jobId, "c1", EIGHT, "AB-12-CD", "Brakes")));
    deliver(dayHasPassed(DAY));

    ReminderJob job = job(jobId);
    assertTrue(job.isPlanned());
    assertTrue(job.isFinished(), "it stays finished");
    assertEquals("c1", job.customerId());
    assertEquals("AB-12-CD", job.licenseNumber());
    assertEquals(EIGHT, job.startTime());
    assertEquals("Brakes", job.description());
    assertTrue(outbox.queued.isEmpty());
    assertEquals(1, store.jobs.size());
  }

  @Test
  void aDayWithoutJobsSendsNoMail() {
    deliver(customerRegistered("c1", "Jan", "jan@example.nl"));
    DayHasPassed day = dayHasPassed(DAY);

    assertTrue(deliver(day));

    assertTrue(outbox.queued.isEmpty());
    assertTrue(store.handled(day.messageId().toString()), "the day is recorded as handled");
  }

  @Test
  void oneJobTodayGivesOneMailToTheCustomerAndMarksTheJobReminded() {
    deliver(customerRegistered("c1", "Jan Jansen", "jan@example.nl"));
    UUID jobId = plan("c1", EIGHT, "AB-12-CD", "Replace brake pads");

    deliver(dayHasPassed(DAY));

    assertEquals(1, outbox.queued.size());
    MailMessage mail = outbox.queued.get(0);
    assertEquals("jan@example.nl", mail.to());
    assertEquals("noreply@pitstop.nl", mail.from());
    assertEquals("Vehicle maintenance reminder", mail.subject());
    assertFalse(mail.html(), "plain text");
    assertTrue(mail.body().contains("Jan Jansen"), mail.body());
    assertTrue(mail.body().contains("AB-12-CD"), mail.body());
    assertTrue(mail.body().contains("Replace brake pads"), mail.body());
    assertEquals(NOW, job(jobId).remindedAt());
    assertFalse(job(jobId).awaitsReminder());
  }

  @Test
  void twoJobsOfOneCustomerGiveExactlyOneMailListingBoth() {
    deliver(customerRegistered("c1", "Jan", "jan@example.nl"));
    UUID first = plan("c1", EIGHT, "AB-12-CD", "Brakes");
    UUID second = plan("c1", EIGHT.plusHours(3), "XY-99-Z", "Tyres");

    deliver(dayHasPassed(DAY));

    assertEquals(1, outbox.queued.size());
    String body = outbox.queued.get(0).body();
    assertTrue(body.contains("AB-12-CD"), body);
    assertTrue(body.contains("XY-99-Z"), body);
    assertEquals(NOW, job(first).remindedAt());
    assertEquals(NOW, job(second).remindedAt());
  }

  @Test
  void jobsOfTwoCustomersGiveExactlyTwoMailsEachWithItsOwnJobs() {
    deliver(customerRegistered("c2", "Piet", "piet@example.nl"));
    deliver(customerRegistered("c1", "Jan", "jan@example.nl"));
    UUID pietsJob = plan("c2", EIGHT, "PP-11-PP", "Oil");
    UUID jansJob = plan("c1", EIGHT.plusHours(1), "JJ-22-JJ", "Brakes");

    deliver(dayHasPassed(DAY));

    assertEquals(2, outbox.queued.size());
    MailMessage toJan = outbox.queued.get(0);
    MailMessage toPiet = outbox.queued.get(1);
    assertEquals("jan@example.nl", toJan.to(), "customers in the order of their ids");
    assertTrue(toJan.body().startsWith("Dear Jan,"), toJan.body());
    assertTrue(toJan.body().contains("JJ-22-JJ"));
    assertFalse(toJan.body().contains("PP-11-PP"));
    assertEquals("piet@example.nl", toPiet.to());
    assertTrue(toPiet.body().startsWith("Dear Piet,"), toPiet.body());
    assertTrue(toPiet.body().contains("PP-11-PP"));
    assertFalse(toPiet.body().contains("JJ-22-JJ"));
    assertEquals(NOW, job(pietsJob).remindedAt());
    assertEquals(NOW, job(jansJob).remindedAt());
  }

  @Test
  void theMailOfOneCustomerWithTwoJobsIsExactlyTheOriginalsTextWithTheJobsInStartOrder() {
    deliver(customerRegistered("c1", "Jan Jansen", "jan@example.nl"));
    plan("c1", DAY.atTime(13, 30), "XY-99-Z", "Tyres");
    plan("c1", DAY.atTime(8, 5), "AB-12-CD", "Brakes");

    deliver(dayHasPassed(DAY));

    assertEquals(
        "Dear Jan Jansen,\n"
            + "\n"
            + "We would like to remind you that you have an appointment with us for maintenance"
            + " on your vehicle(s):\n"
            + "\n"
            + "- 01-12-2026 at 08:05 : Brakes on vehicle with license-number AB-12-CD\n"
            + "- 01-12-2026 at 13:30 : Tyres on vehicle with license-number XY-99-Z\n"
            + "\n"
            + "Please make sure you're present at least 10 minutes before the (first) job is"
            + " planned.\n"
            + "Once arrived, you can notify your arrival at our front-desk.\n"
            + "\n"
            + "Greetings,\n"
            + "\n"
            + "The PitStop crew\n",
        outbox.queued.get(0).body());
  }

  @Test
  void theSameMessageTwiceIsHandledOnce() {
    CustomerRegistered customer = customerRegistered("c1", "Jan", "jan@example.nl");
    UUID jobId = UUID.randomUUID();
    MaintenanceJobPlanned planned = planned(jobId, "c1", EIGHT, "AB-12-CD", "Brakes");
    DayHasPassed day = dayHasPassed(DAY);

    for (IntegrationEvent event : List.of(customer, planned, day)) {
      assertTrue(deliver(event), event.messageType());
      assertFalse(deliver(event), event.messageType() + " redelivered");
    }

    assertEquals(1, store.customers.size());
    assertEquals(1, store.jobs.size());
    assertEquals(1, outbox.queued.size(), "one reminder");
    assertEquals(3, store.processed.size());
    assertEquals(
        List.of("CustomerRegistered", "MaintenanceJobPlanned", "DayHasPassed"),
        store.processed.values().stream().map(ProcessedMessage::messageType).toList());
  }

  @Test
  void aSecondDayHasPassedForTheSameDateSendsNothing() {
    deliver(customerRegistered("c1", "Jan", "jan@example.nl"));
    UUID jobId = plan("c1", EIGHT, "AB-12-CD", "Brakes");
    deliver(dayHasPassed(DAY));

    assertTrue(deliver(dayHasPassed(DAY)), "another message for the same day");

    assertEquals(1, outbox.queued.size());
    assertEquals(NOW, job(jobId).remindedAt());
  }

  @Test
  void aSecondDayHasPassedForTheSameDateRemindsOnlyOfJobsPlannedSince() {
    deliver(customerRegistered("c1", "Jan", "jan@example.nl"));
    plan("c1", EIGHT, "AB-12-CD", "Brakes");
    deliver(dayHasPassed(DAY));
    plan("c1", EIGHT.plusHours(4), "XY-99-Z", "Tyres");

    deliver(dayHasPassed(DAY));

    assertEquals(2, outbox.queued.size());
    String second = outbox.queued.get(1).body();
    assertTrue(second.contains("XY-99-Z"), second);
    assertFalse(second.contains("AB-12-CD"), second);
  }

  @Test
  void jobsOfOtherDatesAreUntouched() {
    deliver(customerRegistered("c1", "Jan", "jan@example.nl"));
    UUID dayBefore = plan("c1", DAY.minusDays(1).atTime(23, 59), "BE-01-FO", "Before");
    UUID firstMinute = plan("c1", DAY.atStartOfDay(), "FI-02-RS", "First minute");
    UUID lastMinute = plan("c1", DAY.atTime(23, 59), "LA-03-ST", "Last minute");
    UUID nextDay = plan("c1", DAY.plusDays(1).atStartOfDay(), "NE-04-XT", "Next day");

    deliver(dayHasPassed(DAY));

    assertEquals(1, outbox.queued.size());
    String body = outbox.queued.get(0).body();
    assertTrue(body.contains("FI-02-RS") && body.contains("LA-03-ST"), body);
    assertFalse(body.contains("BE-01-FO") || body.contains("NE-04-XT"), body);
    assertEquals(NOW, job(firstMinute).remindedAt());
    assertEquals(NOW, job(lastMinute).remindedAt());
    assertTrue(job(dayBefore).awaitsReminder());
    assertTrue(job(nextDay).awaitsReminder());

    deliver(dayHasPassed(DAY.plusDays(1)));

    assertEquals(2, outbox.queued.size());
    assertTrue(outbox.queued.get(1).body().contains("NE-04-XT"));
    assertFalse(job(nextDay).awaitsReminder());
  }

  @Test
  void theJobsOfAnUnknownCustomerAreSkippedWithAWarningWhileOthersAreReminded() {
    deliver(customerRegistered("c2", "Piet", "piet@example.nl"));
    UUID unknownsJob = plan("c1", EIGHT, "UN-00-KN", "Brakes");
    UUID pietsJob = plan("c2", EIGHT, "PP-11-PP", "Oil");

    assertTrue(deliver(dayHasPassed(DAY)));

    assertEquals(1, outbox.queued.size());
    assertEquals("piet@example.nl", outbox.queued.get(0).to());
    assertEquals(NOW, job(pietsJob).remindedAt());
    assertTrue(job(unknownsJob).awaitsReminder(), "stays unreminded");
    assertEquals(1, warnings.size());
    String warning = warnings.get(0).getMessage();
    assertTrue(warning.contains(unknownsJob.toString()), warning);
    assertTrue(warning.contains("c1"), warning);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "not an address", "jan@example.nl, piet@example.nl", "jan@"})
  void theJobsOfACustomerWithoutAUsableEmailAddressAreSkippedWithAWarning(String emailAddress) {
    deliver(customerRegistered("c1", "Jan", emailAddress));
    deliver(customerRegistered("c2", "Piet", "piet@example.nl"));
    UUID jansJob = plan("c1", EIGHT, "JJ-22-JJ", "Brakes");
    plan("c2", EIGHT, "PP-11-PP", "Oil");

    deliver(dayHasPassed(DAY));

    assertEquals(List.of("piet@example.nl"), outbox.queued.stream().map(MailMessage::to).toList());
    assertTrue(job(jansJob).awaitsReminder());
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).getMessage().contains(jansJob.toString()));
  }

  @Test
  void anEmailAddressIsUsedWithoutSurroundingSpace() {
    deliver(customerRegistered("c1", "Jan", " jan@example.nl "));
    plan("c1", EIGHT, "AB-12-CD", "Brakes");

    deliver(dayHasPassed(DAY));

    assertEquals("jan@example.nl", outbox.queued.get(0).to());
  }

  @Test
  void aSecondRegistrationOfACustomerIsSkippedAndKeepsTheFirst() {
    deliver(customerRegistered("c1", "First", "first@example.nl"));

    assertTrue(deliver(customerRegistered("c1", "Second", "second@example.nl")));

    assertEquals("First", store.customers.get("c1").name());
    assertEquals("first@example.nl", store.customers.get("c1").emailAddress());
    assertEquals(1, warnings.size());
  }

  @Test
  void aSecondPlanningOfAJobIsSkippedAndKeepsTheFirst() {
    UUID jobId = plan("c1", EIGHT, "AB-12-CD", "Brakes");

    assertTrue(deliver(planned(jobId, "c2", EIGHT.plusDays(1), "XY-99-Z", "Tyres")));

    assertEquals(1, store.jobs.size());
    assertEquals("c1", job(jobId).customerId());
    assertEquals(EIGHT, job(jobId).startTime());
  }

  @Test
  void aSecondPlanningOfAJobIsSkippedWhateverItsValues() {
    UUID jobId = plan("c1", EIGHT, "AB-12-CD", "Brakes");

    assertTrue(deliver(planned(jobId, "c1", EIGHT, "AB-12-CD", "x".repeat(1001))));

    assertEquals("Brakes", job(jobId).description());
  }

  @Test
  void aValueTooLongForItsColumnFailsTheMessageInsteadOfLosingIt() {
    UUID jobId = UUID.randomUUID();
    MaintenanceJobPlanned tooLong = planned(jobId, "c1", EIGHT, "AB-12-CD", "x".repeat(1001));

    IllegalArgumentException failure =
        assertThrows(IllegalArgumentException.class, () -> deliver(tooLong));

    assertTrue(failure.getMessage().contains("description of job " + jobId), failure.getMessage());
    assertTrue(store.jobs.isEmpty());
    assertTrue(store.processed.isEmpty(), "not marked handled, so it is redelivered");
    assertTrue(deliver(planned(jobId, "c1", EIGHT, "AB-12-CD", "x".repeat(1000))), "1000 fit");
  }

  @Test
  void otherEventsAreOnlyRecordedAsHandled() {
    assertTrue(
        deliver(new VehicleRegistered(UUID.randomUUID(), "AB-12-CD", "Opel", "Corsa", "c1")));

    assertEquals(
        List.of("VehicleRegistered"),
        store.processed.values().stream().map(ProcessedMessage::messageType).toList());
    assertTrue(store.customers.isEmpty());
    assertTrue(store.jobs.isEmpty());
    assertTrue(outbox.queued.isEmpty());
  }

  @Test
  void theHandledMessageIsRecordedWithItsTypeAndTime() {
    CustomerRegistered event = customerRegistered("c1", "Jan", "jan@example.nl");

    deliver(event);

    ProcessedMessage processed = store.processed.get(event.messageId().toString());
    assertEquals("CustomerRegistered", processed.messageType());
    assertEquals(NOW, processed.handledAt());
  }
}
