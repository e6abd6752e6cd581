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
    if (status >= 500) {
      return FailureMapper.answer(exception);
    }
    Response.StatusType type = original.getStatusInfo();
    String detail =
        status == 400
            ? "The request body is not valid JSON for this resource."
            : type.getReasonPhrase() + ".";
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
}
