package nl.pitstop.support.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem body. {@code errors} names each invalid field (400); {@code errorMessage}
 * carries a business-rule message as the original Pitstop API did (409).
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldError> errors,
    String errorMessage) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field of a request. */
  public record FieldError(String field, String message) {}

  public static Problem of(Response.Status status, String detail) {
    return new Problem(
        "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
  }

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null, null);
  }

  public static Problem invalid(String detail, List<FieldError> errors) {
    return new Problem("about:blank", "Bad Request", 400, detail, errors, null);
  }

  public static Problem ruleViolation(String message) {
    return new Problem("about:blank", "Conflict", 409, message, null, message);
  }

  public Response toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
  }
}
