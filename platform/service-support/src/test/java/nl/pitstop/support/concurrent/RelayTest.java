package nl.pitstop.support.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelayTest {

  static final Duration NO_POLL = Duration.ofHours(1);

  final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
  final AtomicInteger passes = new AtomicInteger();
  final List<String> logged = new CopyOnWriteArrayList<>();
  final Logger logger = Logger.getLogger(Relay.class.getName());
  final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    logger.addHandler(handler);
  }

  @AfterEach
  void shutDown() {
    logger.removeHandler(handler);
    executor.shutdownNow();
  }

  @Test
  void theCommitsMadeBeforeAPassStartsShareIt() throws Exception {
    CountDownLatch holding = new CountDownLatch(1);
    executor.execute(() -> await(holding)); // the executor is busy until released
    Relay relay = new Relay("Test relay", passes::incrementAndGet);
    relay.start(executor, NO_POLL, Duration.ZERO);

    relay.committed();
    relay.committed();
    relay.committed();
    holding.countDown();
    drained();

    assertEquals(1, passes.get());
  }

  @Test
  void thePollRunsAPassWithoutACommit() throws Exception {
    CountDownLatch twice = new CountDownLatch(2);
    Relay relay = new Relay("Test relay", twice::countDown);

    relay.start(executor, Duration.ofMillis(10), Duration.ZERO);

    assertTrue(twice.await(10, TimeUnit.SECONDS), "two passes of the poll");
    relay.stop();
  }

  @Test
  void aFailureIsLoggedOnceWithItsCausesAndTheRecoveryOnce() {
    AtomicBoolean down = new AtomicBoolean(true);
    Relay relay =
        new Relay(
            "Test relay",
            () -> {
              passes.incrementAndGet();
              if (down.get()) {
                throw new IllegalStateException(
                    "send failed", new IOException("connection refused"));
              }
            });

    relay.runNow();
    relay.runNow();
    relay.runNow();
    assertTrue(relay.failing());
    down.set(false);
    relay.runNow();
    relay.runNow();

    assertFalse(relay.failing());
    assertEquals(5, passes.get());
    assertEquals(
        List.of(
            "WARNING Test relay cannot relay (java.lang.IllegalStateException: send failed; caused"
                + " by java.io.IOException: connection refused); retrying every PT0S",
            "INFO Test relay relays again"),
        logged);
  }

  @Test
  void theFailureIsLoggedInTheOwnersWords() {
    Relay relay =
        new Relay(
            "Mail relay",
            () -> {
              throw new IOException("550 no such user: jan@example.com");
            },
            e -> e.getMessage().replaceAll("\\S+@\\S+", "<address>"));

    relay.runNow();

    assertEquals(
        List.of(
            "WARNING Mail relay cannot relay (550 no such user: <address>); retrying every PT0S"),
        logged);
  }

  /** Waits until every task submitted so far has run. */
  private void drained() throws Exception {
    executor.submit(() -> {}).get(10, TimeUnit.SECONDS);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
