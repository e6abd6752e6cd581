package nl.pitstop.webapp.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import nl.pitstop.webapp.client.ApiException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * One circuit breaker per API, so a failing API is no longer called for a while and its screens
 * answer at once; the other APIs are not affected. Each call also gets a timeout. An API that
 * answers "not found" or refuses a request is working: that does not count as a failure.
 *
 * <p>Every value can be changed with MicroProfile Config, e.g. {@code
 * nl.pitstop.webapp.support.CircuitBreakers/customerApi/CircuitBreaker/delay=10000}.
 */
@ApplicationScoped
public class CircuitBreakers {

  static final long TIMEOUT_MS = 4000;
  static final int REQUEST_VOLUME = 4;
  static final double FAILURE_RATIO = 0.5;
  static final long OPEN_FOR_MS = 5000;

  @CircuitBreaker(
      requestVolumeThreshold = REQUEST_VOLUME,
      failureRatio = FAILURE_RATIO,
      delay = OPEN_FOR_MS,
      skipOn = {ApiException.NotFound.class, ApiException.Rejected.class})
  @Timeout(TIMEOUT_MS)
  public <T> T customerApi(Supplier<T> call) {
    return call.get();
  }

  @CircuitBreaker(
      requestVolumeThreshold = REQUEST_VOLUME,
      failureRatio = FAILURE_RATIO,
      delay = OPEN_FOR_MS,
      skipOn = {ApiException.NotFound.class, ApiException.Rejected.class})
  @Timeout(TIMEOUT_MS)
  public <T> T vehicleApi(Supplier<T> call) {
    return call.get();
  }

  @CircuitBreaker(
      requestVolumeThreshold = REQUEST_VOLUME,
      failureRatio = FAILURE_RATIO,
      delay = OPEN_FOR_MS,
      skipOn = {ApiException.NotFound.class, ApiException.Rejected.class})
  @Timeout(TIMEOUT_MS)
  public <T> T workshopApi(Supplier<T> call) {
    return call.get();
  }

  @CircuitBreaker(
      requestVolumeThreshold = REQUEST_VOLUME,
      failureRatio = FAILURE_RATIO,
      delay = OPEN_FOR_MS,
      skipOn = {ApiException.NotFound.class, ApiException.Rejected.class})
  @Timeout(TIMEOUT_MS)
  public <T> T handlersApi(Supplier<T> call) {
    return call.get();
  }
}
