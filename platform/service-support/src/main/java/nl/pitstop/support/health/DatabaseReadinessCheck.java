package nl.pitstop.support.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when every data source named in {@code pitstop.health.datasources} (JNDI names, comma
 * separated) hands out a valid connection.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Inject
  @ConfigProperty(name = "pitstop.health.datasources")
  Optional<List<String>> dataSources;

  @Resource ManagedExecutorService executor;

  @Override
  public HealthCheckResponse call() {
    List<String> names = dataSources.orElse(List.of());
    return DependencyCheck.probe(
        executor,
        "database",
        String.join(",", names),
        () -> {
          for (String name : names) {
            DataSource dataSource = InitialContext.doLookup(name);
            try (Connection connection = dataSource.getConnection()) {
              if (!connection.isValid(2)) {
                throw new IllegalStateException(name + " gives invalid connections");
              }
            }
          }
          return null;
        });
  }
}
