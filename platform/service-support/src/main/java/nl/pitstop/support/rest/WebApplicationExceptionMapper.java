package nl.pitstop.support.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the JAX-RS runtime raises itself (unknown route 404, wrong method 405, unsupported media
 * type 415, unreadable body 400, ...) as problem bodies with the same status.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original.getStatus();
    if (original.hasEntity() && original.getEntity() instanceof Problem) {
      return original; // a resource's own problem answer
    }
    if (status >= 500) {
      return FailureMapper.answer(exception);
    }
    if (invalidParameter(exception)) {
      // JAX-RS answers 404 for a query or path parameter it cannot convert; it is a bad request.
      return Problem.of(
              Response.Status.BAD_REQUEST, "A parameter of the request has an invalid value.")
          .toResponse();
    }
    Response.StatusType type = original.getStatusInfo();
    String detail;
    if (status == 400) {
      detail =
          FailureMapper.classify(exception.getCause()).kind() == FailureMapper.Kind.UNREADABLE_BODY
              ? "The request body is not valid JSON for this resource."
              : "The request is not valid.";
    } else {
      detail = type.getReasonPhrase() + ".";
    }
    Response problem = Problem.of(status, type.getReasonPhrase(), detail).toResponse();
    original
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (name.equalsIgnoreCase("Allow")) {
                values.forEach(value -> problem.getHeaders().add(name, value));
              }
            });
    return problem;
  }

  private static boolean invalidParameter(WebApplicationException exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IllegalArgumentException) { // NumberFormatException, bad enum, date...
        return true;
      }
    }
    return false;
  }
}
