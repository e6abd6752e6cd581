package nl.pitstop.webapp.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Optional;

/** What the offline, not-found and error pages show about the {@link Failure} of the request. */
@Named
@RequestScoped
public class FailurePage {

  private Optional<Failure> failure() {
    Object value =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(FailureExceptionHandler.FAILURE);
    return value instanceof Failure f ? Optional.of(f) : Optional.empty();
  }

  private Optional<Module> module() {
    return failure().flatMap(Failure::module);
  }

  public String offlineTitle() {
    return module().map(Module::offlineTitle).orElse("Offline");
  }

  public String offlineText() {
    return module()
        .map(Module::offlineText)
        .orElse("Unfortunately this module is offline at the moment. Try again soon.");
  }

  /** What was not found, as the API said it (the not-found page). */
  public String notFoundDetail() {
    return failure()
        .filter(f -> f.kind() == Failure.Kind.NOT_FOUND)
        .map(Failure::detail)
        .orElse("The page you asked for does not exist.");
  }

  /** The module's overview, to go back to. */
  public String moduleHome() {
    return module().map(Module::home).orElse("/index.xhtml");
  }

  public String moduleTitle() {
    return module().map(Module::title).orElse("Home");
  }
}
