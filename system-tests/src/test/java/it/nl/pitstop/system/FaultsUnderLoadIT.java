package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import it.nl.pitstop.system.CommandStream.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.Test;

/**
 * Faults during a steady stream of commands (issue 7): each Liberty server in turn is killed
 * (SIGKILL) and restarted, the broker is stopped and restarted, the database is stopped for a
 * while. Afterwards:
 *
 * <ul>
 *   <li>no answer was a 5xx other than 503, and none hung: while a dependency was down the APIs
 *       said 503; every refusal of an API was its application's problem body, none a restarting
 *       server's web container's;
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
  final SystemState state = new SystemState();
  final CommandStream stream = new CommandStream(state, CommandStream.Targets.single());
  final DeliveryChecks checks = new DeliveryChecks(state, stream);

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

    checks.assertEveryAnswerInTime();
    checks.assertApisRefusedOnlyWithProblemBodies();
    assertOutagesAnswered503AndTheOutboxAccepted();
    checks.awaitSettled();
    checks.assertCustomersOnceEverywhere();
    checks.assertVehiclesOnceEverywhere();
    checks.assertPlanningsOnceEverywhere();
    // the handlers killed once, the database stopped once
    checks.assertMailsOnce(2);
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
}
