package nl.pitstop.workshop.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.pitstop.support.rest.Problem;
import nl.pitstop.workshop.application.PlanningNotFoundException;
import nl.pitstop.workshop.domain.BusinessRuleViolationException;
import nl.pitstop.workshop.domain.ConcurrentUpdateException;
import nl.pitstop.workshop.domain.InvalidValueException;
import nl.pitstop.workshop.domain.MaintenanceJobNotFoundException;

/** How the planning's failures answer: problem+json, never a 500. */
public final class PlanningExceptionMappers {

  private PlanningExceptionMappers() {}

  /** A value that can never be valid: 400. */
  @Provider
  public static class InvalidValue implements ExceptionMapper<InvalidValueException> {
    @Override
    public Response toResponse(InvalidValueException exception) {
      return Problem.of(Response.Status.BAD_REQUEST, exception.getMessage()).toResponse();
    }
  }

  /** A planning rule the fresh planning breaks: 409 with the original's {@code errorMessage}. */
  @Provider
  public static class RuleViolation implements ExceptionMapper<BusinessRuleViolationException> {
    @Override
    public Response toResponse(BusinessRuleViolationException exception) {
      return Problem.ruleViolation(exception.getMessage()).toResponse();
    }
  }

  /** Still racing after every retry: 409, try again. */
  @Provider
  public static class ConcurrentUpdate implements ExceptionMapper<ConcurrentUpdateException> {
    @Override
    public Response toResponse(ConcurrentUpdateException exception) {
      return Problem.ruleViolation(exception.getMessage() + " Try again.").toResponse();
    }
  }

  /** No such job: 404. */
  @Provider
  public static class JobNotFound implements ExceptionMapper<MaintenanceJobNotFoundException> {
    @Override
    public Response toResponse(MaintenanceJobNotFoundException exception) {
      return Problem.of(Response.Status.NOT_FOUND, exception.getMessage()).toResponse();
    }
  }

  /** No planning on that day: 404. */
  @Provider
  public static class PlanningNotFound implements ExceptionMapper<PlanningNotFoundException> {
    @Override
    public Response toResponse(PlanningNotFoundException exception) {
      return Problem.of(Response.Status.NOT_FOUND, exception.getMessage()).toResponse();
    }
  }
}
