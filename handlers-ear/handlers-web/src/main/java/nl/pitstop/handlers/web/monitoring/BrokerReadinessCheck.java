package nl.pitstop.handlers.web.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.pitstop.support.health.BrokerCheck;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The handlers cannot work without the broker: every handler receives its events from it, and the
 * time API sends its announcements straight to it. So this server, unlike the APIs, is ready only
 * while the broker accepts connections (docs/adr/0015).
 */
@Readiness
@ApplicationScoped
public class BrokerReadinessCheck implements HealthCheck {

  @Inject BrokerCheck broker;

  @Override
  public HealthCheckResponse call() {
    return broker.call();
  }
}
