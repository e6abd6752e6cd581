package nl.pitstop.vehicle.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.pitstop.support.rest.Problem;
import nl.pitstop.vehicle.domain.VehicleAlreadyRegisteredException;

/** A duplicate license number is a conflict (409), not a server error. */
@Provider
public class VehicleAlreadyRegisteredMapper
    implements ExceptionMapper<VehicleAlreadyRegisteredException> {

  @Override
  public Response toResponse(VehicleAlreadyRegisteredException exception) {
    return Problem.ruleViolation(exception.getMessage()).toResponse();
  }
}
