package nl.pitstop.webapp.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import nl.pitstop.webapp.client.ApiException;

/** Messages on the screens: beside a field, above a form, or on the next page after a redirect. */
public final class Messages {

  private Messages() {}

  /** An error above the form (rendered by the page's global messages). */
  public static void formError(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /** An error beside the input with the given client id. */
  public static void fieldError(String clientId, String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    context.validationFailed();
  }

  /** A confirmation shown on the page the user is redirected to. */
  public static void afterRedirect(String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getFlash().setKeepMessages(true);
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /**
   * A form that could not be sent because its module's API is offline: said above the form, whose
   * input stays for the user to send again (a write is never retried by itself).
   *
   * @throws RuntimeException {@code failure} itself when it is not an offline API
   */
  public static void offline(String prefix, Module module, RuntimeException failure) {
    if (!Failure.isOffline(failure)) {
      throw failure;
    }
    formError(
        prefix + module.title() + " is offline at the moment. Your input is kept: try again soon.");
  }

  /**
   * An API's refusal on the form: {@code prefix} + its message above the form (the original's
   * "Unable to register: ..."), and each invalid field the API named beside its input.
   *
   * @param inputs the client id of the input for each field name of the API's request
   */
  public static void rejected(
      String prefix, ApiException.Rejected rejected, Map<String, String> inputs) {
    formError(prefix + rejected.getMessage());
    rejected.problem().fieldErrors().stream()
        .filter(error -> error.field() != null)
        .forEach(
            error -> {
              String field = error.field().substring(error.field().lastIndexOf('.') + 1);
              if (inputs.containsKey(field)) {
                fieldError(inputs.get(field), error.message());
              }
            });
  }
}
