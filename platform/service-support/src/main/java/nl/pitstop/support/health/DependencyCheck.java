package nl.pitstop.support.health;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** Runs a probe of an external dependency with a deadline, so a hanging dependency reads DOWN. */
final class DependencyCheck {

  static final Duration DEADLINE = Duration.ofSeconds(3);

  private DependencyCheck() {}

  static HealthCheckResponse probe(
      ManagedExecutorService executor, String name, String target, Callable<?> probe) {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named(name).withData("target", target);
    Future<?> result = executor.submit(probe);
    try {
      result.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
      return response.up().build();
    } catch (TimeoutException e) {
      result.cancel(true);
      return response.down().withData("error", "no answer within " + DEADLINE).build();
    } catch (ExecutionException e) {
      return response.down().withData("error", String.valueOf(e.getCause())).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.down().withData("error", "interrupted").build();
    }
  }
}
