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
import it.nl.pitstop.system.SystemState.StoredEvent;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.Test;

/**
 * Faults during a steady stream of commands (issue 7): each Liberty server in turn is killed
 * (SIGKILL) and restarted, the broker is stopped and restarted, the database is stopped for a
 * while. Afterwards:
 *
 * <ul>
 *   <li>no answer was a 5xx other than 503, and none hung: while a dependency was down the APIs
 *       said 503;
 *   <li>every accepted command is stored, and every stored command's events are in every handler's
 *       store exactly once (the audit log: one entry per message; the others: the message recorded
 *       as processed, and its effect present); no event exists for a command that was not stored;
 *   <li>the outboxes (the APIs' and the handlers' mail outboxes) are empty;
 *   <li>each day announced brought each customer's reminder and each finished job's invoice exactly
 *       once, and no mail was sent twice;
 *   <li>nothing was dead-lettered.
 * </ul>
 *
 * A command that got no answer (the server died under it) may or may not have been applied; the
 * checks then allow either, but never twice.
 */
class FaultsUnderLoadIT {

  static final List<String> SERVERS =
      List.of("customer", "vehicle", "workshop", "handlers", "webapp");
  static final Duration SETTLE = Duration.ofMinutes(4);
  static final String REMINDER = "Vehicle maintenance reminder";

  final SystemState state = new SystemState();
  final CommandStream stream = new CommandStream(state);

  @Test
  void nothingIsLostOrAppliedTwiceWhenServersTheBrokerOrTheDatabaseFail() throws Exception {
    Instant start = Instant.now();
    stream.start();
    try {
      steady(10);
      for (String server : SERVERS) {
        stream.phase(server + " killed");
        Pitstop.tool("server", "kill", server);
        Thread.sleep(2_000);
        stream.phase(server + " restarting");
        Pitstop.tool("server", "start", server);
        steady(5);
      }
      outage("broker", 10);
      outage("database", 20);
      steady(10);
    } finally {
      stream.stop();
    }
    System.out.println("Answers by phase:\n" + stream.summary());
    System.out.printf(
        "Accepted: %d customers, %d vehicles, %d jobs planned, %d finished; %d in doubt;"
            + " %d days announced%n",
        stream.customers.size(),
        stream.vehicles.size(),
        stream.planned.size(),
        stream.finished.size(),
        stream.doubtful.size(),
        stream.announced.size());

    assertEveryAnswerInTime();
    assertOutagesAnswered503AndTheOutboxAccepted();
    awaitSettled();
    assertCustomersOnceEverywhere();
    assertVehiclesOnceEverywhere();
    assertPlanningsOnceEverywhere();
    assertMailsOnce();
    assertEquals(List.of(), state.deadLetters(start), "dead letters");
  }

  void steady(int seconds) throws InterruptedException {
    stream.phase("steady");
    Thread.sleep(seconds * 1_000L);
  }

  /** Stops a part of the infrastructure for a while, starts it and waits until all are ready. */
  void outage(String part, int seconds) throws Exception {
    stream.phase(part + " down");
    Pitstop.tool("infra", "stop", part);
    Thread.sleep(seconds * 1_000L);
    stream.phase(part + " restarting");
    Pitstop.tool("infra", "start", part);
    for (HttpJson server :
        List.of(Pitstop.CUSTOMER, Pitstop.VEHICLE, Pitstop.WORKSHOP, Pitstop.HANDLERS)) {
      server.awaitReady(Duration.ofMinutes(2));
    }
    steady(5);
  }

  void assertEveryAnswerInTime() {
    List<Call> failures =
        stream.calls(c -> c.answer() == Answer.SERVER_ERROR || c.answer() == Answer.HANG);
    assertEquals(List.of(), failures, "answers other than 2xx, 4xx and 503, or none in time");
    assertTrue(stream.planned.size() >= 30, "jobs planned: " + stream.planned.size());
  }

  void assertOutagesAnswered503AndTheOutboxAccepted() {
    // Killed, a server answers nothing until it is up again: in the two seconds before its restart
    // or while it restarts (a prober round takes longer than two seconds on a large database).
    for (String server : SERVERS) {
      assertFalse(
          stream
              .calls(
                  c ->
                      (c.phase().equals(server + " killed")
                              || c.phase().equals(server + " restarting"))
                          && c.answer() == Answer.NO_ANSWER)
              .isEmpty(),
          "the stream met the killed " + server + " server");
    }
    for (String read : List.of("read customers", "read vehicles", "read planning")) {
      assertFalse(
          stream
              .calls(
                  c ->
                      c.phase().startsWith("database ")
                          && c.what().equals(read)
                          && c.status() == 503)
              .isEmpty(),
          read + ": 503 while the database was down");
    }
    assertFalse(
        stream
            .calls(
                c ->
                    c.phase().equals("broker down")
                        && c.what().equals("register customer")
                        && c.answer() == Answer.ACCEPTED)
            .isEmpty(),
        "registrations accepted while the broker was down (the outbox keeps their events)");
  }

  /** Waits until every outbox is empty and the handlers have every stored command's events. */
  void awaitSettled() throws InterruptedException {
    eventually("the outboxes empty and every event handled", this::settled);
    Thread.sleep(3_000); // a redelivered copy, if any, has arrived by now
  }

  /** One look at the stores: each is read once. */
  boolean settled() throws Exception {
    if (!state.outboxes().values().stream().allMatch(n -> n == 0)
        || state.unsentMails(NOTIFICATION) != 0
        || state.unsentMails(INVOICING) != 0) {
      return false;
    }
    Set<String> customers = storedCustomers();
    for (String handler : List.of(WORKSHOP, NOTIFICATION, INVOICING)) {
      if (!state.keys(handler, "customer", "customer_id", customers).equals(customers)) {
        return false;
      }
    }
    Set<String> vehicles = state.vehicles(stream.prefix);
    return state.keys(WORKSHOP, "vehicle", "license_number", vehicles).equals(vehicles)
        && state.audited(stream.days).stream().mapToLong(Audited::entries).sum()
            >= state.plannings(stream.days).size();
  }

  Set<String> storedCustomers() throws Exception {
    return state.customers(stream.prefix).keySet();
  }

  void assertCustomersOnceEverywhere() throws Exception {
    Set<String> stored = storedCustomers();
    assertTrue(stored.containsAll(stream.customers), "every accepted registration stored");
    assertEquals(stored, state.auditedAggregates("CustomerRegistered", stream.prefix));
    assertOncePerAggregateAndProcessed(
        state.audited(stored), stored, List.of(WORKSHOP, NOTIFICATION, INVOICING));
    for (String handler : List.of(WORKSHOP, NOTIFICATION, INVOICING)) {
      assertEquals(stored, state.keys(handler, "customer", "customer_id", stored), handler);
    }
  }

  void assertVehiclesOnceEverywhere() throws Exception {
    Set<String> stored = state.vehicles(stream.prefix);
    assertTrue(stored.containsAll(stream.vehicles), "every accepted registration stored");
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
    assertTrue(planned.containsAll(ids(stream.planned.keySet())), "every accepted plan stored");
    assertTrue(finished.containsAll(ids(stream.finished)), "every accepted finish stored");

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
   * Each customer with a job still to come on an announced day got one reminder; each finished job
   * is on one invoice, mailed once to the printing company; no customer got two reminders.
   *
   * <p>"Once" is one message: a mail is marked sent in the transaction after the mail server
   * accepted it, so a kill between the two sends it again after the restart (SMTP cannot be asked
   * whether a mail arrived). Such a copy carries the same {@code Message-ID}, by which receivers
   * recognise it; two different messages for one reminder or invoice fail the test. Copies are
   * counted and reported.
   */
  void assertMailsOnce() throws Exception {
    Set<UUID> certain = new HashSet<>(stream.planned.keySet());
    certain.removeAll(stream.doubtful);
    List<Job> remindable =
        certain.stream()
            .filter(id -> !stream.finished.contains(id))
            .map(stream.planned::get)
            .toList();
    eventually(
        "every reminder delivered",
        () -> remindable.stream().allMatch(job -> !MailSink.inbox(job.emailAddress()).isEmpty()));
    Thread.sleep(2_000);
    int copies = 0;
    for (Job job : remindable) {
      List<MimeMessage> mails = MailSink.inbox(job.emailAddress());
      assertEquals(1, messageIds(mails).size(), "reminders to " + job.emailAddress());
      assertEquals(REMINDER, mails.get(0).getSubject());
      assertTrue(MailSink.text(mails.get(0)).contains(job.licenseNumber()));
      copies += mails.size() - 1;
    }
    for (String customer : stream.customers) {
      assertTrue(
          messageIds(MailSink.inbox(customer + "@example.nl")).size() <= 1,
          "at most one reminder: " + customer);
    }

    Map<String, List<MimeMessage>> invoiceMails =
        MailSink.inbox(RemindersAndInvoicesFlowIT.PRINTING_COMPANY).stream()
            .collect(Collectors.groupingBy(MailSink::subjectOf));
    for (UUID job : stream.finished) {
      Set<String> invoices = state.invoicesOf(job);
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

  static Set<String> ids(Set<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.toSet());
  }

  interface Check {
    boolean holds() throws Exception;
  }

  /** Polls until the check holds; a check that fails to read counts as not yet. */
  static void eventually(String what, Check check) throws InterruptedException {
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
    throw new AssertionError(what + " did not happen within " + SETTLE, last);
  }
}
