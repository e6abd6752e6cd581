package nl.pitstop.webapp.support;

import jakarta.faces.application.ViewExpiredException;
import jakarta.ws.rs.ProcessingException;
import java.util.Optional;
import nl.pitstop.webapp.client.ApiException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * What went wrong while a screen was handled, and so which page the user sees: the module's offline
 * page when its API could not be reached, failed, timed out or has its circuit open; the not-found
 * page when the API does not know what the address names; else the error page.
 */
public record Failure(Kind kind, Optional<Module> module, String detail) {

  /** The page to show. */
  public enum Kind {
    OFFLINE(503),
    NOT_FOUND(404),
    VIEW_EXPIRED(0),
    ERROR(500);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /** Whether an API call failed because the API is offline (not reached, failed, too slow). */
  public static boolean isOffline(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ApiException.Failed
          || t instanceof ProcessingException
          || t instanceof FaultToleranceException) {
        return true;
      }
    }
    return false;
  }

  /** Classifies an exception thrown while a view of {@code viewId} was handled. */
  public static Failure of(Throwable thrown, String viewId) {
    Optional<Module> module = Module.ofView(viewId);
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ApiException.NotFound notFound) {
        return new Failure(Kind.NOT_FOUND, module, notFound.getMessage());
      }
      if (t instanceof ViewExpiredException) {
        return new Failure(Kind.VIEW_EXPIRED, module, t.getMessage());
      }
      if (t instanceof ApiException.Failed
          || t instanceof ProcessingException
          || t instanceof FaultToleranceException) {
        return module.isPresent()
            ? new Failure(Kind.OFFLINE, module, String.valueOf(t.getMessage()))
            : new Failure(Kind.ERROR, module, String.valueOf(t.getMessage()));
      }
    }
    return new Failure(Kind.ERROR, module, String.valueOf(thrown.getMessage()));
  }
}
