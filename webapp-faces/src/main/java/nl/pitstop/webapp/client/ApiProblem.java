package nl.pitstop.webapp.client;

import java.util.List;

/**
 * The RFC 9457 problem body every Pitstop API answers an error with. {@code errorMessage} carries a
 * business-rule message (409), {@code errors} each invalid field (400).
 */
public record ApiProblem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldError> errors,
    String errorMessage) {

  /** One invalid field of a request. */
  public record FieldError(String field, String message) {}

  /** The most specific message: the rule's, else the detail, else the title. */
  public String message() {
    if (errorMessage != null && !errorMessage.isBlank()) {
      return errorMessage;
    }
    if (detail != null && !detail.isBlank()) {
      return detail;
    }
    return title == null ? "HTTP " + status : title;
  }

  public List<FieldError> fieldErrors() {
    return errors == null ? List.of() : errors;
  }
}
