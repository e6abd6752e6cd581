package nl.pitstop.webapp.support;

import jakarta.faces.application.ViewExpiredException;
import jakarta.ws.rs.ProcessingException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import nl.pitstop.webapp.client.ApiException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * What went wrong while a screen was handled, and so which page the user sees: the module's offline
 * page when its API could not be reached, failed, timed out or has its circuit open; the not-found
 * page when the API does not know or refuses what the address names; else the error page.
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
    return causes(thrown).anyMatch(Failure::offlineCause);
  }

  /** Classifies an exception thrown while a view of {@code viewId} was handled. */
  public static Failure of(Throwable thrown, String viewId) {
    Optional<Module> module = Module.ofView(viewId);
    return causes(thrown)
        .map(t -> classify(t, module))
        .flatMap(Optional::stream)
        .findFirst()
        .orElseGet(() -> new Failure(Kind.ERROR, module, String.valueOf(thrown.getMessage())));
  }

  /** The failure one exception of the chain stands for, if it is one the web app knows. */
  private static Optional<Failure> classify(Throwable t, Optional<Module> module) {
    if (t instanceof ApiException.NotFound || t instanceof ApiException.Rejected) {
      // an API that refuses what a page's address names (an invalid date or id, 400) finds nothing
      // there either; a form's own refusals are shown on the form and never reach this handler
      return Optional.of(new Failure(Kind.NOT_FOUND, module, t.getMessage()));
    }
    if (t instanceof ViewExpiredException) {
      return Optional.of(new Failure(Kind.VIEW_EXPIRED, module, t.getMessage()));
    }
    if (offlineCause(t)) {
      Kind kind = module.isPresent() ? Kind.OFFLINE : Kind.ERROR;
      return Optional.of(new Failure(kind, module, String.valueOf(t.getMessage())));
    }
    return Optional.empty();
  }

  /** An API not reached, failed (5xx) or too slow or with its circuit open. */
  private static boolean offlineCause(Throwable t) {
    return t instanceof ApiException.Failed
        || t instanceof ProcessingException
        || t instanceof FaultToleranceException;
  }

  /** The exception and its causes, outermost first. */
  private static Stream<Throwable> causes(Throwable thrown) {
    return Stream.iterate(thrown, Objects::nonNull, t -> t.getCause() == t ? null : t.getCause());
  }
}
