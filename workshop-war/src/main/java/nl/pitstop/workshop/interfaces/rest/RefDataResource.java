package nl.pitstop.workshop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.pitstop.support.rest.Problem;
import nl.pitstop.support.security.Roles;
import nl.pitstop.workshop.application.CustomerInfo;
import nl.pitstop.workshop.application.ReferenceData;
import nl.pitstop.workshop.application.VehicleReference;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/refdata}: the customers and vehicles the workshop knows (eventually consistent with
 * the customer and vehicle services).
 */
@Path("/refdata")
@RequestScoped
@RolesAllowed({Roles.OFFICE, Roles.MECHANIC})
@Produces(MediaType.APPLICATION_JSON)
public class RefDataResource {

  @Inject ReferenceData referenceData;

  @GET
  @Path("/customers")
  public List<CustomerInfo> customers() {
    return referenceData.customers();
  }

  @GET
  @Path("/customers/{customerId}")
  public Response customer(@PathParam("customerId") String customerId) {
    return referenceData
        .customer(customerId)
        .map(customer -> Response.ok(customer).build())
        .orElseGet(
            () ->
                Problem.of(
                        Response.Status.NOT_FOUND,
                        "The workshop knows no customer with id '" + customerId + "'.")
                    .toResponse());
  }

  @GET
  @Path("/vehicles")
  public List<VehicleReference> vehicles() {
    return referenceData.vehicles();
  }

  @GET
  @Path("/vehicles/{licenseNumber}")
  @APIResponse(responseCode = "200", description = "The vehicle")
  @APIResponse(responseCode = "404", description = "The workshop knows no such vehicle (yet)")
  public Response vehicle(@PathParam("licenseNumber") String licenseNumber) {
    return referenceData
        .vehicle(licenseNumber)
        .map(vehicle -> Response.ok(vehicle).build())
        .orElseGet(
            () ->
                Problem.of(
                        Response.Status.NOT_FOUND,
                        "The workshop knows no vehicle with license number '"
                            + licenseNumber
                            + "'.")
                    .toResponse());
  }
}
