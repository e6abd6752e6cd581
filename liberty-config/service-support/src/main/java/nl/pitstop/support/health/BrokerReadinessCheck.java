package nl.pitstop.support.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import nl.pitstop.messages.EventTopic;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the broker accepts connections. The connection pool may hold connections that
 * look alive after the broker went away, so the check also opens a socket to the broker's address
 * (the server.xml variables broker.host and broker.port).
 */
@Readiness
@ApplicationScoped
public class BrokerReadinessCheck implements HealthCheck {

  @Resource(lookup = EventTopic.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "broker.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "broker.port", defaultValue = "61616")
  int port;

  @Override
  public HealthCheckResponse call() {
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
