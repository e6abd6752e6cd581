package nl.pitstop.webapp.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import nl.pitstop.webapp.client.ApiException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * How the screens call an API. A read is retried a few times, with a pause and jitter between the
 * attempts, when the API failed, timed out or could not be reached. A write (a POST or PUT) is sent
 * once: the web app cannot know whether a failed write took effect, and the user decides what to
 * do. Both go through the API's {@link CircuitBreakers circuit breaker}; while it is open nothing
 * is retried.
 *
 * <p>What comes out is the API's answer, an {@link ApiException.NotFound} or {@link
 * ApiException.Rejected} (the API works, the request was wrong), or any other exception, which
 * means the API is offline for the user.
 */
@ApplicationScoped
public class ApiCalls {

  static final int READ_RETRIES = 2;

  @Inject CircuitBreakers breakers;

  @Retry(
      maxRetries = READ_RETRIES,
      delay = 150,
      jitter = 100,
      delayUnit = ChronoUnit.MILLIS,
      maxDuration = 15,
      durationUnit = ChronoUnit.SECONDS,
      abortOn = {
        ApiException.NotFound.class,
        ApiException.Rejected.class,
        CircuitBreakerOpenException.class
      })
  public <T> T read(Api api, Supplier<T> call) {
    return guarded(api, call);
  }

  public <T> T write(Api api, Supplier<T> call) {
    return guarded(api, call);
  }

  private <T> T guarded(Api api, Supplier<T> call) {
    return switch (api) {
      case CUSTOMER -> breakers.customerApi(call);
      case VEHICLE -> breakers.vehicleApi(call);
      case WORKSHOP -> breakers.workshopApi(call);
      case HANDLERS -> breakers.handlersApi(call);
    };
  }
}
