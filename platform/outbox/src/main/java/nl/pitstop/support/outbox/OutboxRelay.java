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
import nl.pitstop.support.concurrent.Relay;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Moves outbox messages to the broker, as a {@link Relay}: right after each commit that stored one,
 * and on a fixed poll so that messages left behind (broker down, server killed) are published once
 * the broker is back. One relay run at a time per server, and one replica at a time per outbox (see
 * {@link OutboxPublisher}).
 */
@ApplicationScoped
public class OutboxRelay {

  /** The gauge of the events stored in this server's outbox and not yet published. */
  public static final String PENDING_METRIC = "pitstop.outbox.pending";

  @Inject OutboxPublisher publisher;

  @Inject MetricRegistry metrics;

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

  private final Relay relay = new Relay("Outbox relay", this::publishAll);

  void onStartup(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    // Eagerly starts the relay with the application.
  }

  @PostConstruct
  void start() {
    relay.reportPending(
        metrics,
        PENDING_METRIC,
        "Events stored in this server's outbox and not yet published",
        publisher::pending);
    relay.start(executor, pollInterval, linger);
  }

  @PreDestroy
  void stop() {
    relay.stop();
  }

  /**
   * Every event stored fires this after its commit; a transaction that stored several events, and
   * the transactions that commit within the linger, share one drain.
   */
  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxMessageStored stored) {
    relay.committed();
  }

  /** Publishes until the outbox is empty or the broker fails; never runs twice at once. */
  public void drain() {
    relay.runNow();
  }

  /** Batches until one is not full: the outbox is empty, or another replica relays it. */
  private void publishAll() {
    while (publisher.publishBatch() == OutboxPublisher.BATCH_SIZE) {
      // next batch
    }
  }
}
