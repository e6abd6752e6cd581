package nl.pitstop.support.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.pitstop.support.concurrent.CoalescingRun;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves outbox messages to the broker: right after each commit that stored one, and on a fixed poll
 * so that messages left behind (broker down, server killed) are published once the broker is back.
 * One relay run at a time per server, and one replica at a time per outbox (see {@link
 * OutboxPublisher}).
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

  @Inject OutboxPublisher publisher;

  @Resource ManagedScheduledExecutorService executor;

  @Inject
  @ConfigProperty(name = "pitstop.outbox.poll-interval", defaultValue = "PT2S")
  Duration pollInterval;

  /**
   * How long a drain waits after the commit that asked for it, so that the events committed
   * meanwhile share its batch: every batch is a broker commit and a database commit, which cost far
   * more than its messages (docs/benchmarks.md). Zero drains at once.
   */
  @Inject
  @ConfigProperty(name = "pitstop.outbox.linger", defaultValue = "PT0.05S")
  Duration linger;

  private final CoalescingRun drain = new CoalescingRun(this::publishAll);
  private volatile boolean failing;
  private ScheduledFuture<?> poll;

  void onStartup(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    // Eagerly starts the relay with the application.
  }

  @PostConstruct
  void start() {
    long millis = pollInterval.toMillis();
    poll = executor.scheduleWithFixedDelay(this::drain, millis, millis, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (poll != null) {
      poll.cancel(false);
    }
  }

  /**
   * Every event stored fires this after its commit; a transaction that stored several events, and
   * the transactions that commit within the linger, submit one drain, not one per event.
   */
  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxMessageStored stored) {
    drain.runSoon(this::afterLinger);
  }

  private void afterLinger(Runnable run) {
    if (linger.isZero() || linger.isNegative()) {
      executor.execute(run);
    } else {
      executor.schedule(run, linger.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Publishes until the outbox is empty or the broker fails; never runs twice at once. */
  public void drain() {
    drain.runNow();
  }

  /**
   * @return false when the broker failed
   */
  private boolean publishAll() {
    try {
      while (publisher.publishBatch() == OutboxPublisher.BATCH_SIZE) {
        // next batch
      }
      if (failing) {
        LOG.info("Outbox relay publishes again");
        failing = false;
      }
      return true;
    } catch (RuntimeException e) {
      if (!failing) {
        LOG.log(Level.WARNING, "Outbox relay cannot publish; retrying every " + pollInterval, e);
        failing = true;
      }
      return false;
    }
  }
}
