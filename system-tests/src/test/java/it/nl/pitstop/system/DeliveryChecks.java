package it.nl.pitstop.system;

import static it.nl.pitstop.system.SystemState.INVOICING;
import static it.nl.pitstop.system.SystemState.NOTIFICATION;
import static it.nl.pitstop.system.SystemState.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.nl.pitstop.system.CommandStream.Answer;
import it.nl.pitstop.system.CommandStream.Call;
import it.nl.pitstop.system.CommandStream.Job;
import it.nl.pitstop.system.SystemState.Audited;
import it.nl.pitstop.system.SystemState.Handled;
import it.nl.pitstop.system.SystemState.StoredEvent;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a command stream must have left behind once the system settled, whatever failed meanwhile:
 * every accepted command stored, every stored command's events in every handler's store exactly
 * once, the outboxes empty, each reminder and invoice mailed once. Read straight from the stores.
 */
final class DeliveryChecks {

  static final Duration SETTLE = Duration.ofMinutes(4);
  static final String REMINDER = "Vehicle maintenance reminder";

  /** The handlers' mail relays: reminders and invoices. */
  static final int MAIL_RELAYS = 2;

  private final SystemState state;
  private final CommandStream stream;

  DeliveryChecks(SystemState state, CommandStream stream) {
    this.state = state;
    this.stream = stream;
  }

  /**
   * No answer was a 5xx other than 503, every server that was ready answered within the stream's
   * timeout, and the stream did its work. A request to a server that was starting (down, or up but
   * not yet ready since) may take longer: a Service would not have sent it (docs/testing.md, {@link
   * StartingServers}).
   */
  void assertEveryAnswerInTime() {
    List<Call> failures =
        stream.calls(c -> c.answer() == Answer.SERVER_ERROR || c.answer() == Answer.HANG);
    assertEquals(List.of(), failures, "answers other than 2xx, 4xx and 503, or none in time");
    assertTrue(stream.planned.size() >= 30, "jobs planned: " + stream.planned.size());
  }

  /**
   * Every refusal an API gave was its application's own, a problem body: none came from the web
   * container of a server whose application was (re)starting (an HTML 404 while its context root
   * was gone, a 503 from a servlet not available). A starting server keeps its port closed until
   * its applications have started, and a replica's start leaves the running instance's application
   * alone (docs/adr/0015, addendum).
   */
  void assertApisRefusedOnlyWithProblemBodies() {
    List<Call> notTheApplications =
        stream.calls(
            c ->
                c.answer() == Answer.REFUSED
                    && !c.what().startsWith("web app")
                    && !c.detail().startsWith("application/problem+json"));
    assertEquals(List.of(), notTheApplications, "API refusals that were not the application's");
  }

  /** Waits until every outbox is empty and the handlers have every stored command's events. */
  void awaitSettled() throws InterruptedException {
    Instant start = Instant.now();
    eventually(
        "the outboxes empty and every event handled", () -> unsettled().isEmpty(), this::unsettled);
    System.out.printf(
        "Settled %d s after the load (outboxes empty, every event handled)%n",
        Duration.between(start, Instant.now()).toSeconds());
    Thread.sleep(3_000); // a redelivered copy, if any, has arrived by now
  }

  /**
   * One look at the stores (each is read once): what is not settled yet, or nothing.
   *
   * @return the first store found lacking, e.g. "invoicing lacks 3 customers"
   */
  String unsettled() throws Exception {
    Map<String, Long> outboxes = state.outboxes();
    if (!outboxes.values().stream().allMatch(n -> n == 0)) {
      return "events left in the outboxes: " + outboxes;
    }
    for (String handler : List.of(NOTIFICATION, INVOICING)) {
      long unsent = state.unsentMails(handler);
      if (unsent != 0) {
        return handler + " has " + unsent + " mails unsent";
      }
    }
    Set<String> customers = storedCustomers();
    for (String handler : List.of(WORKSHOP, NOTIFICATION, INVOICING)) {
      Set<String> lacking =
          lacking(customers, state.keys(handler, "customer", "customer_id", customers));
      if (!lacking.isEmpty()) {
        return handler
            + " lacks "
            + lacking.size()
            + " customers, e.g. "
            + lacking.iterator().next();
      }
    }
    Set<String> vehicles = state.vehicles(stream.prefix);
    Set<String> lackingVehicles =
        lacking(vehicles, state.keys(WORKSHOP, "vehicle", "license_number", vehicles));
    if (!lackingVehicles.isEmpty()) {
      return WORKSHOP + " lacks " + lackingVehicles.size() + " vehicles";
    }
    Set<String> registered = new HashSet<>(customers);
    registered.addAll(vehicles);
    Set<String> unaudited =
        lacking(
            registered,
            state.audited(registered).stream()
                .map(Audited::aggregateId)
                .collect(Collectors.toSet()));
    if (!unaudited.isEmpty()) {
      // a message the audit log failed on (the database down) waits out its redelivery delay
      return "the audit log lacks "
          + unaudited.size()
          + " registrations, e.g. "
          + unaudited.iterator().next();
    }
    long audited = state.audited(stream.days).stream().mapToLong(Audited::entries).sum();
    long planned = state.plannings(stream.days).size();
    if (audited < planned) {
      return "the audit log has " + audited + " of the days' " + planned + " planning events";
    }
    return "";
  }

  /** The expected keys that were not found. */
  private static Set<String> lacking(Set<String> expected, Set<String> found) {
    Set<String> lacking = new HashSet<>(expected);
    lacking.removeAll(found);
    return lacking;
  }

  Set<String> storedCustomers() throws Exception {
    return state.customers(stream.prefix).keySet();
  }

  void assertCustomersOnceEverywhere() throws Exception {
    Set<String> stored = storedCustomers();
    assertEquals(Set.of(), missing(stream.customers, stored), "accepted registrations not stored");
    assertEquals(stored, state.auditedAggregates("CustomerRegistered", stream.prefix));
    assertOncePerAggregateAndProcessed(
        state.audited(stored), stored, List.of(WORKSHOP, NOTIFICATION, INVOICING));
    for (String handler : List.of(WORKSHOP, NOTIFICATION, INVOICING)) {
      assertEquals(stored, state.keys(handler, "customer", "customer_id", stored), handler);
    }
  }

  void assertVehiclesOnceEverywhere() throws Exception {
    Set<String> stored = state.vehicles(stream.prefix);
    assertEquals(Set.of(), missing(stream.vehicles, stored), "accepted registrations not stored");
    assertOncePerAggregateAndProcessed(state.audited(stored), stored, List.of(WORKSHOP));
    assertEquals(stored, state.keys(WORKSHOP, "vehicle", "license_number", stored));
  }

  /**
   * Each aggregate has exactly one message in the audit log, audited once, and each handler
   * recorded that message as processed.
   */
  void assertOncePerAggregateAndProcessed(
      List<Audited> audited, Set<String> aggregates, List<String> handlers) throws Exception {
    assertEquals(
        aggregates,
        audited.stream().map(Audited::aggregateId).collect(Collectors.toSet()),
        "an audit entry for each");
    assertEquals(aggregates.size(), audited.size(), "one message each");
    assertTrue(audited.stream().allMatch(a -> a.entries() == 1), "each audited once");
    Set<String> messages = audited.stream().map(Audited::messageId).collect(Collectors.toSet());
    for (String handler : handlers) {
      assertEquals(messages, state.processed(handler, messages), handler + " processed each");
    }
  }

  void assertPlanningsOnceEverywhere() throws Exception {
    List<StoredEvent> events = state.plannings(stream.days);
    assertFalse(events.isEmpty(), "plannings stored");
    assertTrue(events.stream().allMatch(StoredEvent::published), "every event published");
    Set<String> planned = jobIds(events, "MaintenanceJobPlanned");
    Set<String> finished = jobIds(events, "MaintenanceJobFinished");
    assertEquals(
        Map.of(),
        stream.planned.values().stream()
            .filter(job -> !planned.contains(job.jobId().toString()))
            .collect(Collectors.toMap(job -> job.jobId().toString(), Job::sentDuring)),
        "every accepted plan stored (those missing, with the phase they were sent in)");
    assertEquals(Set.of(), missing(ids(stream.finished), finished), "accepted finishes not stored");

    // Every event of the plannings audited exactly once, and nothing else of those days but the
    // announcements.
    Map<String, Audited> audited =
        state.audited(stream.days).stream()
            .filter(a -> !a.type().equals("DayHasPassed"))
            .collect(Collectors.toMap(Audited::messageId, Function.identity()));
    assertEquals(
        events.stream().map(StoredEvent::messageId).collect(Collectors.toSet()), audited.keySet());
    assertTrue(audited.values().stream().allMatch(a -> a.entries() == 1), "each audited once");

    Set<String> jobMessages =
        events.stream()
            .filter(e -> e.type().startsWith("MaintenanceJob"))
            .map(StoredEvent::messageId)
            .collect(Collectors.toSet());
    Map<String, Boolean> expected = new HashMap<>();
    planned.forEach(job -> expected.put(job, finished.contains(job)));
    List<UUID> plannedIds = planned.stream().map(UUID::fromString).toList();
    for (String handler : List.of(WORKSHOP, NOTIFICATION, INVOICING)) {
      assertEquals(jobMessages, state.processed(handler, jobMessages), handler + " processed");
      assertEquals(expected, state.jobs(handler, plannedIds), handler + "'s jobs");
    }
    assertTrue(
        state.auditedAggregates("DayHasPassed", "").containsAll(ids(stream.announced)),
        "every announcement audited");
    assertEquals(stream.days.size(), stream.announced.size(), "every day announced");
  }

  /**
   * Each planning day's events reached the audit log, the workshop projection, notification and
   * invoicing in the order of the day's stream (its versions), whichever replica and session
   * handled them: the audit log stored them in that order, and each other handler processed them at
   * non-decreasing moments.
   *
   * <p>Except a redelivered message (docs/adr/0023): when the consumer that had it goes away before
   * acknowledging (a pod killed), the broker delivers it again after its redelivery delay, and the
   * day's next event, free to go to another consumer meanwhile, may be handled first. Every handler
   * records which delivery it handled; a redelivered message may come late, every other one in
   * order.
   *
   * @return how many messages the handlers (audit log included) handled at a redelivery, and how
   *     many of those after a later event of their day
   */
  Redeliveries assertEachDayHandledInStreamOrder() throws Exception {
    Map<String, List<String>> streams =
        state.plannings(stream.days).stream()
            .sorted(Comparator.comparingInt(StoredEvent::version))
            .collect(
                Collectors.groupingBy(
                    StoredEvent::day,
                    Collectors.mapping(StoredEvent::messageId, Collectors.toList())));
    List<Handled> audited = state.auditOrder(streams.keySet());
    Set<String> auditRedelivered =
        audited.stream()
            .filter(Handled::redelivered)
            .map(Handled::messageId)
            .collect(Collectors.toSet());
    long redelivered = auditRedelivered.size();
    long overtaken = 0;
    for (Map.Entry<String, List<String>> day : streams.entrySet()) {
      Set<String> inOrder = new HashSet<>(day.getValue());
      inOrder.removeAll(auditRedelivered);
      assertEquals(
          day.getValue().stream().filter(inOrder::contains).toList(),
          audited.stream().map(Handled::messageId).filter(inOrder::contains).toList(),
          "the audit log's order of " + day.getKey() + " (redelivered: " + auditRedelivered + ")");
    }
    Set<String> jobEvents =
        state.plannings(stream.days).stream()
            .filter(e -> e.type().startsWith("MaintenanceJob"))
            .map(StoredEvent::messageId)
            .collect(Collectors.toSet());
    for (String handler : List.of(WORKSHOP, NOTIFICATION, INVOICING)) {
      Map<String, Handled> handled = state.handledAt(handler, jobEvents);
      assertEquals(jobEvents, handled.keySet(), handler + " processed every job event");
      redelivered += handled.values().stream().filter(Handled::redelivered).count();
      for (Map.Entry<String, List<String>> day : streams.entrySet()) {
        List<Handled> ofTheDay =
            day.getValue().stream().filter(jobEvents::contains).map(handled::get).toList();
        for (int i = 0; i < ofTheDay.size(); i++) {
          Handled late = ofTheDay.get(i);
          if (late.redelivered()
              && ofTheDay.subList(i + 1, ofTheDay.size()).stream()
                  .anyMatch(next -> next.at().isBefore(late.at()))) {
            overtaken++;
          }
        }
        List<Handled> firstDeliveries = ofTheDay.stream().filter(h -> !h.redelivered()).toList();
        for (int i = 1; i < firstDeliveries.size(); i++) {
          Handled earlier = firstDeliveries.get(i - 1);
          Handled later = firstDeliveries.get(i);
          assertFalse(
              later.at().isBefore(earlier.at()),
              handler
                  + " handled "
                  + later.messageId()
                  + " of "
                  + day.getKey()
                  + " before "
                  + earlier.messageId()
                  + ", which comes first in the day's stream; neither was redelivered");
        }
      }
    }
    return new Redeliveries(redelivered, overtaken);
  }

  /** Messages handled at a redelivery, and those of them a later event of their day overtook. */
  record Redeliveries(long handled, long overtaken) {}

  /**
   * Each customer with a job still to come on an announced day got one reminder; each finished job
   * is on one invoice, mailed once to the printing company; no customer got two reminders.
   *
   * <p>"Once" is one message: a mail is marked sent in the transaction after the mail server
   * accepted it, so a kill between the two sends it again after the restart (SMTP cannot be asked
   * whether a mail arrived). Such a copy carries the same {@code Message-ID}, by which receivers
   * recognise it; two different messages for one reminder or invoice fail the test. Copies are
   * counted and reported, and there can be at most one per mail relay (reminders, invoices) and
   * fault: each relay sends one mail at a time, under a lock of the mail's row.
   *
   * @param faults how many times the handlers server or the database went away under the mail
   *     relays
   */
  void assertMailsOnce(int faults) throws Exception {
    Set<UUID> certain = new HashSet<>(stream.planned.keySet());
    certain.removeAll(stream.doubtful);
    List<Job> remindable =
        certain.stream()
            .filter(id -> !stream.finished.contains(id))
            .map(stream.planned::get)
            .toList();
    Set<String> remindableAddresses =
        remindable.stream().map(Job::emailAddress).collect(Collectors.toSet());
    eventually(
        "every reminder delivered",
        () -> MailSink.addresses().containsAll(remindableAddresses),
        () -> "no mail yet to " + lacking(remindableAddresses, MailSink.addresses()));
    Thread.sleep(2_000);
    // Each inbox read once (the mail sink answers one address at a time); an address the sink
    // never received mail for has none.
    Set<String> withMail = MailSink.addresses();
    Map<String, List<MimeMessage>> inboxes = new HashMap<>();
    Function<String, List<MimeMessage>> inbox =
        address ->
            inboxes.computeIfAbsent(
                address, a -> withMail.contains(a) ? MailSink.inbox(a) : List.of());
    int copies = 0;
    for (Job job : remindable) {
      List<MimeMessage> mails = inbox.apply(job.emailAddress());
      assertEquals(1, messageIds(mails).size(), "reminders to " + job.emailAddress());
      assertEquals(REMINDER, mails.get(0).getSubject());
      assertTrue(MailSink.text(mails.get(0)).contains(job.licenseNumber()));
      copies += mails.size() - 1;
    }
    for (String customer : stream.customers) {
      assertTrue(
          messageIds(inbox.apply(customer + "@example.nl")).size() <= 1,
          "at most one reminder: " + customer);
    }

    Map<String, List<MimeMessage>> invoiceMails =
        MailSink.inbox(RemindersAndInvoicesFlowIT.PRINTING_COMPANY).stream()
            .collect(Collectors.groupingBy(MailSink::subjectOf));
    Map<UUID, Set<String>> invoicesOfJobs = state.invoicesOf(stream.finished);
    for (UUID job : stream.finished) {
      Set<String> invoices = invoicesOfJobs.get(job);
      int expected = stream.doubtful.contains(job) ? invoices.size() : 1;
      assertEquals(expected, invoices.size(), "invoices of job " + job);
      assertTrue(invoices.size() <= 1, "invoices of job " + job);
      for (String invoice : invoices) {
        List<MimeMessage> mails =
            invoiceMails.getOrDefault("Pitstop Garage Invoice #" + invoice, List.of());
        assertEquals(1, messageIds(mails).size(), "mails of invoice " + invoice);
        copies += mails.size() - 1;
      }
    }
    System.out.println("Mails delivered again after a kill, with their Message-ID: " + copies);
    assertTrue(
        copies <= MAIL_RELAYS * faults,
        copies + " mails delivered twice: more than one per relay and fault (" + faults + ")");
  }

  /** The distinct {@code Message-ID}s of the mails, each one the outbox gave. */
  static Set<String> messageIds(List<MimeMessage> mails) throws Exception {
    Set<String> ids = new HashSet<>();
    for (MimeMessage mail : mails) {
      assertTrue(mail.getMessageID().startsWith("<outbox."), mail.getMessageID());
      ids.add(mail.getMessageID());
    }
    return ids;
  }

  static Set<String> jobIds(List<StoredEvent> events, String type) {
    return events.stream()
        .filter(e -> e.type().equals(type))
        .map(e -> Json.createReader(new StringReader(e.data())).readObject().getString("jobId"))
        .collect(Collectors.toSet());
  }

  /** What was accepted and is not stored. */
  static Set<String> missing(Set<String> accepted, Set<String> stored) {
    return accepted.stream().filter(a -> !stored.contains(a)).collect(Collectors.toSet());
  }

  static Set<String> ids(Set<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.toSet());
  }

  interface Check {
    boolean holds() throws Exception;
  }

  /** Polls until the check holds; a check that fails to read counts as not yet. */
  static void eventually(String what, Check check) throws InterruptedException {
    eventually(what, check, () -> "");
  }

  /**
   * @param lacking what the failure message reports when the check never held, e.g. what is missing
   */
  static void eventually(String what, Check check, Callable<String> lacking)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(SETTLE);
    Exception last = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        if (check.holds()) {
          return;
        }
      } catch (Exception notYet) {
        last = notYet;
      }
      Thread.sleep(1_000);
    }
    String lastState;
    try {
      lastState = lacking.call();
    } catch (Exception e) {
      lastState = "unknown (" + e + ")";
    }
    Diagnostics.capture(what);
    throw new AssertionError(
        what + " did not happen within " + SETTLE + (lastState.isEmpty() ? "" : ": " + lastState),
        last);
  }
}
