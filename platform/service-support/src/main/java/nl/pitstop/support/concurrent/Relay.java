package nl.pitstop.support.concurrent;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What the event outbox's relay and the mail outbox's relay do alike: move what a transaction left
 * in an outbox table to where it goes (the broker, the mail server).
 *
 * <ul>
 *   <li><b>After commit</b>: a transaction that stored something calls {@link #committed()}; one
 *       pass starts after the linger, shared by every commit made until it starts.
 *   <li><b>On a poll</b>: a pass every poll interval, so that what was left behind (the destination
 *       down, the server killed) goes out once the destination is back.
 *   <li><b>Never twice at once</b> in a server ({@link CoalescingRun}): a request while a pass runs
 *       makes it run once more afterwards.
 *   <li><b>A failure state</b>: a pass that throws leaves everything for the next poll; the first
 *       failure is logged as a warning and the recovery as information, not every failed poll.
 *   <li><b>A pending gauge</b> ({@link #reportPending}): how much waits in the outbox, the metric
 *       an operator alerts on when the destination stays away.
 * </ul>
 *
 * What a pass does, and how the replicas of a server share an outbox, is the owner's.
 */
public final class Relay {

  /** One pass: relays what is pending until nothing is left. */
  @FunctionalInterface
  public interface Pass {

    /**
     * @throws Exception when the destination fails; what was not relayed stays for the next pass
     */
    void run() throws Exception;
  }

  private static final Logger LOG = Logger.getLogger(Relay.class.getName());

  private final String name;
  private final Pass pass;
  private final Function<Exception, String> describe;
  private final CoalescingRun run = new CoalescingRun(this::runPass);
  private volatile boolean failing;
  private ScheduledExecutorService executor;
  private Duration pollInterval = Duration.ZERO;
  private Duration linger = Duration.ZERO;
  private ScheduledFuture<?> poll;

  /**
   * @param name how the logs call it, such as "Outbox relay"
   * @param describe the words a failure is logged with; the relay logs no stack trace, so that what
   *     it logs is only what this returns (a mail relay leaves the addresses out)
   */
  public Relay(String name, Pass pass, Function<Exception, String> describe) {
    this.name = Objects.requireNonNull(name, "name");
    this.pass = Objects.requireNonNull(pass, "pass");
    this.describe = Objects.requireNonNull(describe, "describe");
  }

  /** A relay whose failures are logged as {@link #causes(Throwable)}. */
  public Relay(String name, Pass pass) {
    this(name, pass, Relay::causes);
  }

  /**
   * Starts the poll.
   *
   * @param linger how long a pass asked for by a commit waits, so that the commits made meanwhile
   *     share it; zero starts it at once
   */
  public synchronized void start(
      ScheduledExecutorService executor, Duration pollInterval, Duration linger) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
    this.linger = Objects.requireNonNull(linger, "linger");
    long millis = pollInterval.toMillis();
    poll = executor.scheduleWithFixedDelay(this::runNow, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Stops the poll; a pass in progress finishes. */
  public synchronized void stop() {
    if (poll != null) {
      poll.cancel(false);
      poll = null;
    }
  }

  /** A transaction that stored something to relay has committed: a pass soon. */
  public void committed() {
    run.runSoon(this::afterLinger);
  }

  private void afterLinger(Runnable pass) {
    if (linger.isZero() || linger.isNegative()) {
      executor.execute(pass);
    } else {
      executor.schedule(pass, linger.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** A pass on this thread, or once more after the one in progress. */
  public void runNow() {
    run.runNow();
  }

  /** Whether the last pass failed. */
  public boolean failing() {
    return failing;
  }

  /**
   * Reports how much waits to be relayed as a gauge of the server's metrics.
   *
   * @param metric the gauge's name, such as {@code pitstop.outbox.pending}
   * @param pending counts what waits, in the outbox's database
   */
  public void reportPending(
      MetricRegistry metrics,
      String metric,
      String description,
      LongSupplier pending,
      Tag... tags) {
    metrics.gauge(
        Metadata.builder().withName(metric).withDescription(description).build(),
        pending,
        LongSupplier::getAsLong,
        tags);
  }

  /**
   * @return false when the pass failed, so that the requests made meanwhile wait for the poll
   */
  private boolean runPass() {
    try {
      pass.run();
      if (failing) {
        failing = false;
        LOG.info(() -> name + " relays again");
      }
      return true;
    } catch (Exception e) {
      if (!failing) {
        failing = true;
        LOG.warning(
            () ->
                name + " cannot relay (" + describe.apply(e) + "); retrying every " + pollInterval);
      }
      return false;
    }
  }

  /**
   * The exception and its causes on one line, as {@code Type: message; caused by Type: message}.
   */
  public static String causes(Throwable failure) {
    StringBuilder words = new StringBuilder(failure.toString());
    Throwable cause = failure.getCause();
    for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
      words.append("; caused by ").append(cause);
    }
    return words.toString();
  }
}
