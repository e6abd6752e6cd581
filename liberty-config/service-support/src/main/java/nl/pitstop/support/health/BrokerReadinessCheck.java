package nl.pitstop.support.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import nl.pitstop.messages.EventTopic;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when a connection to the broker can be opened. */
@Readiness
@ApplicationScoped
public class BrokerReadinessCheck implements HealthCheck {

  @Resource(lookup = EventTopic.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource ManagedExecutorService executor;

  @Override
  public HealthCheckResponse call() {
    return DependencyCheck.probe(
        executor,
        "broker",
        EventTopic.CONNECTION_FACTORY,
        () -> {
          try (JMSContext context = connectionFactory.createContext()) {
            context.start();
          }
          return null;
        });
  }
}
