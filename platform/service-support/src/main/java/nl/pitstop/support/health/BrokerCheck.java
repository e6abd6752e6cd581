package nl.pitstop.support.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.pitstop.messages.EventTopic;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Whether the broker accepts connections. The connection pool may hold connections that look alive
 * after the broker went away, so the check also opens a socket to the broker's address (the
 * server.xml variables broker.host and broker.port).
 *
 * <p>Not a readiness check of its own (docs/adr/0015): an API whose database works serves while the
 * broker is down, its events wait in the outbox. Every server that has this bean shows the broker's
 * state at {@link BrokerStatusServlet#PATH} and as the gauge {@value #METRIC} (1 up, 0 down). A
 * server that cannot work without the broker makes it part of its readiness with a {@code
 * Readiness} check that answers {@link #call()} (the handlers' {@code BrokerReadinessCheck}).
 */
@ApplicationScoped
public class BrokerCheck implements HealthCheck {

  /** 1 while the broker accepts connections, 0 while not. */
  public static final String METRIC = "pitstop.broker.up";

  /** How long the gauge shows a probe's result before a scrape probes again. */
  static final Duration FRESH = Duration.ofSeconds(10);

  @Resource(lookup = EventTopic.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource ManagedExecutorService executor;

  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "broker.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "broker.port", defaultValue = "61616")
  int port;

  Clock clock = Clock.systemUTC();
  private volatile boolean lastUp;
  private volatile Instant probed = Instant.MIN;

  void onStartup(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    // Creates the bean with the application, so that the gauge exists before the first probe.
  }

  @PostConstruct
  void registerGauge() {
    metrics.gauge(
        Metadata.builder()
            .withName(METRIC)
            .withDescription("1 while the broker accepts this server's connections, 0 while not")
            .build(),
        this,
        BrokerCheck::up);
  }

  /** Probes the broker now, within {@link DependencyCheck#DEADLINE}; the gauge shows the result. */
  @Override
  public HealthCheckResponse call() {
    HealthCheckResponse response = probe();
    lastUp = response.getStatus() == HealthCheckResponse.Status.UP;
    probed = clock.instant();
    return response;
  }

  /**
   * The gauge's value: the last probe's result, 1 or 0. A scrape probes again when that result is
   * older than {@link #FRESH}, so scrapes do not each open a connection to the broker.
   */
  long up() {
    if (probed.plus(FRESH).isBefore(clock.instant())) {
      call();
    }
    return lastUp ? 1 : 0;
  }

  HealthCheckResponse probe() {
    return DependencyCheck.probe(
        executor,
        "broker",
        host + ":" + port,
        () -> {
          reachable();
          try (JMSContext context = connectionFactory.createContext()) {
            context.start();
          }
          return null;
        });
  }

  private void reachable() throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(host, port), (int) DependencyCheck.DEADLINE.toMillis() / 2);
    }
  }
}
