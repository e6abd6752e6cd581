package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replicas (issue 17): two customer, two workshop and two handlers servers share the databases and
 * the broker, as two pods of each would. Under a steady stream of commands spread over both
 * instances, the second instances are killed together with SIGKILL, as a failing node takes its
 * pods, and started again together in fresh folders (no logs, work area or transaction log of their
 * own: new pods). Until a second instance's applications have started, a request to it is refused
 * at the connection, never answered by a half-started server, and its start leaves the running
 * instance alone; until it is ready, it is not held to the stream's timeout ({@link
 * StartingServers}). Afterwards every accepted command's events were handled by every subscribing
 * handler exactly once and in each day's stream order (a redelivered message may come late:
 * docs/adr/0023), each reminder and invoice was mailed once, nothing was dead-lettered and no
 * outbox row is left. Both time services, rewound, announce each missed day once between them.
 */
class ReplicasIT {

  static final List<String> REPLICATED = List.of("customer", "workshop", "handlers");

  final SystemState state = new SystemState();
  final CommandStream stream = new CommandStream(state, CommandStream.Targets.replicated());
  final DeliveryChecks checks = new DeliveryChecks(state, stream);

  /** The second instances, for both tests: started together, as a deployment's new pods are. */
  @BeforeAll
  static void startSecondInstances() throws Exception {
    Pitstop.serversAtOnce(REPLICATED, "start", "--instance", "2");
  }

  @AfterAll
  static void stopSecondInstances() throws Exception {
    Pitstop.serversAtOnce(REPLICATED, "stop", "--instance", "2");
  }

  @Test
  void twoInstancesOfEachServerDeliverEveryEventOnceAndInOrder() throws Exception {
    Instant start = Instant.now();
    long brokerDuplicates = brokerDuplicates();
    long handlerDuplicates = handlerDuplicates();
    stream.start();
    try {
      steady(15);
      // A node fails with the second pod of each deployment on it: all three die at once, and are
      // started again at once on another node (fresh folders), while the first instances serve.
      stream.phase("second instances killed");
      Pitstop.serversAtOnce(REPLICATED, "kill", "--instance", "2");
      Thread.sleep(2_000);
      stream.phase("second instances restarting in fresh folders");
      Pitstop.serversAtOnce(REPLICATED, "start", "--instance", "2");
      steady(10);
    } finally {
      stream.stop();
    }
    System.out.println("Answers by phase:\n" + stream.summary());

    checks.assertEveryAnswerInTime();
    checks.assertApisRefusedOnlyWithProblemBodies();
    checks.awaitSettled();
    checks.assertCustomersOnceEverywhere();
    checks.assertVehiclesOnceEverywhere();
    checks.assertPlanningsOnceEverywhere();
    DeliveryChecks.Redeliveries redelivered = checks.assertEachDayHandledInStreamOrder();
    // handlers-2 killed once
    checks.assertMailsOnce(1);
    assertEquals(List.of(), state.deadLetters(start), "dead letters");
    assertEquals(
        0L, state.outboxes().values().stream().mapToLong(Long::longValue).sum(), "outboxes");
    System.out.printf(
        "Replicas: %d customers, %d vehicles, %d jobs planned, %d finished, %d days announced;"
            + " %d events stored; 3 servers killed at once; %d duplicates dropped by the"
            + " broker, %d by the handlers (as the handlers servers running at the end logged"
            + " them); %d day events handled at a redelivery (audit log included), %d of them"
            + " after a later event of their day%n",
        stream.customers.size(),
        stream.vehicles.size(),
        stream.planned.size(),
        stream.finished.size(),
        stream.announced.size(),
        stream.customers.size() + stream.vehicles.size() + state.plannings(stream.days).size(),
        brokerDuplicates() - brokerDuplicates,
        handlerDuplicates() - handlerDuplicates,
        redelivered.handled(),
        redelivered.overtaken());
  }

  /**
   * Both handlers instances run the time service's schedule. Rewound three days behind, each finds
   * the same missed days at once; the announced day's key lets one of them announce each, and the
   * other's transaction (the day and its event in the outbox) rolls back.
   */
  @Test
  void twoTimeServicesAnnounceEachMissedDayOnce() throws Exception {
    LocalDate today = LocalDate.now();
    Instant rewound = Instant.now();
    HandlersDowntimeIT.rewindTheTimeServiceThreeDays(today);
    List<LocalDate> missed = List.of(today.minusDays(2), today.minusDays(1), today);
    for (LocalDate day : missed) {
      HttpJson.eventually(
          Duration.ofSeconds(40),
          "DayHasPassed of " + day + " audited",
          () -> HandlersDowntimeIT.audited(day, rewound) >= 1);
    }
    Thread.sleep(12_000); // both timers ran again meanwhile (every 10 s)
    for (LocalDate day : missed) {
      assertEquals(1, HandlersDowntimeIT.audited(day, rewound), "announcements of " + day);
    }
    assertEquals(
        missed.stream().map(LocalDate::toString).toList(), HandlersDowntimeIT.announcedDays());
  }

  void steady(int seconds) throws InterruptedException {
    stream.phase("steady");
    Thread.sleep(seconds * 1_000L);
  }

  /** Messages the broker dropped as duplicates so far, from its log. */
  static long brokerDuplicates() throws IOException {
    return count(
        Path.of(System.getProperty("pitstop.home"), "run", "artemis.log"),
        "Duplicate message detected");
  }

  /**
   * Messages the handlers dropped as handled before, from the logs of both handlers servers (the
   * second's folder is made anew when it starts: what it logged before a kill is gone).
   */
  static long handlerDuplicates() throws IOException {
    Path root = Path.of(System.getProperty("pitstop.root"));
    Path home = Path.of(System.getProperty("pitstop.home"));
    return count(
            root.resolve(
                "handlers-ear/ear/target/liberty/wlp/usr/servers/handlers/logs/messages.log"),
            "Duplicate dropped by")
        + count(
            home.resolve("instances/handlers-2/handlers/logs/messages.log"),
            "Duplicate dropped by");
  }

  static long count(Path log, String text) throws IOException {
    if (!Files.exists(log)) {
      return 0;
    }
    try (var lines = Files.lines(log)) {
      return lines.filter(line -> line.contains(text)).count();
    }
  }
}
