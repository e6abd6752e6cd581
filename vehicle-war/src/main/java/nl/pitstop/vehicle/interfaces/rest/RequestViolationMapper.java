package nl.pitstop.vehicle.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.pitstop.support.rest.ConstraintViolationMapper;
import nl.pitstop.support.rest.Problem;

/**
 * The shared 400 answer for invalid requests (each invalid field named), except that a request with
 * a single invalid field has that field's message as its {@code detail}: the original answered an
 * invalid license number with just {@code The specified license-number '<value>' was not in the
 * correct format.}, and clients of it read that text. Takes precedence over the shared mapper by
 * its priority.
 */
@Provider
@Priority(Priorities.USER - 100)
public class RequestViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  private final ConstraintViolationMapper shared = new ConstraintViolationMapper();

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    Response answer = shared.toResponse(exception);
    if (answer.getEntity() instanceof Problem problem
        && problem.errors() != null
        && problem.errors().size() == 1) {
      return Problem.invalid(problem.errors().get(0).message(), problem.errors()).toResponse();
    }
    return answer;
  }
}
