package nl.pitstop.customer.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.pitstop.customer.domain.CustomerAlreadyRegisteredException;
import nl.pitstop.support.rest.Problem;

/** A duplicate customer id is a conflict (409), not a server error. */
@Provider
public class CustomerAlreadyRegisteredMapper
    implements ExceptionMapper<CustomerAlreadyRegisteredException> {

  @Override
  public Response toResponse(CustomerAlreadyRegisteredException exception) {
    return Problem.ruleViolation(exception.getMessage()).toResponse();
  }
}
