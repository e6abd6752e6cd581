package nl.pitstop.handlers.web.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.QueueBrowser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.pitstop.messages.EventTopic;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The business metric of messages that no handler could handle (docs/adr/0012): how many sit on the
 * broker's dead-letter queue, counted by browsing it, at most every ten seconds. -1 while the
 * broker cannot be reached.
 */
@ApplicationScoped
public class DeadLetters {

  public static final String METRIC = "pitstop.deadletters";
  static final String QUEUE = "DLQ";
  static final Duration FRESH = Duration.ofSeconds(10);

  private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());

  @Resource(lookup = EventTopic.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Inject MetricRegistry metrics;

  private final Clock clock = Clock.systemUTC();
  private long count = -1;
  private Instant counted = Instant.MIN;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    metrics.gauge(
        Metadata.builder()
            .withName(METRIC)
            .withDescription("Messages on the broker's dead-letter queue (-1: broker unreachable)")
            .build(),
        this,
        DeadLetters::count);
  }

  /** The number of dead letters, counted anew when the last count is older than ten seconds. */
  public synchronized long count() {
    Instant now = clock.instant();
    if (counted.plus(FRESH).isBefore(now)) {
      counted = now;
      count = browse();
    }
    return count;
  }

  private long browse() {
    try (JMSContext context = connectionFactory.createContext();
        QueueBrowser browser = context.createBrowser(context.createQueue(QUEUE))) {
      return Collections.list(browser.getEnumeration()).size();
    } catch (JMSRuntimeException | jakarta.jms.JMSException e) {
      LOG.log(Level.FINE, "Cannot count the dead letters now", e);
      return -1;
    }
  }
}
