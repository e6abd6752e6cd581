package nl.pitstop.vehicle.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import nl.pitstop.support.rest.Problem;
import nl.pitstop.vehicle.domain.InvalidLicenseNumberException;

/**
 * The domain's license-number rule, should it fire behind the request validation (which checks the
 * same rule first): 400 naming the field, never 500.
 */
@Provider
public class InvalidLicenseNumberMapper implements ExceptionMapper<InvalidLicenseNumberException> {

  @Override
  public Response toResponse(InvalidLicenseNumberException exception) {
    return Problem.invalid(
            exception.getMessage(),
            List.of(new Problem.FieldError("licenseNumber", exception.getMessage())))
        .toResponse();
  }
}
