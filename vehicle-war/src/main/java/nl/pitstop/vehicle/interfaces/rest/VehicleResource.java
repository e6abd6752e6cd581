package nl.pitstop.vehicle.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import nl.pitstop.support.rest.Pages;
import nl.pitstop.support.rest.Problem;
import nl.pitstop.support.rest.SearchParameters;
import nl.pitstop.support.security.Roles;
import nl.pitstop.vehicle.application.VehicleService;
import nl.pitstop.vehicle.domain.Vehicle;
import nl.pitstop.vehicle.domain.VehicleRepository;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/vehicles}: register and look up vehicles. License numbers are answered in upper case
 * and found in any case.
 */
@Path("/vehicles")
@RequestScoped
@RolesAllowed(Roles.OFFICE)
@Produces(MediaType.APPLICATION_JSON)
public class VehicleResource {

  @Inject VehicleService service;

  @GET
  @APIResponse(
      responseCode = "200",
      description =
          "One page of the vehicles, ordered by license number; X-Total-Count: how many match,"
              + " Link: the next and previous pages. Without page and size: the first page of 50.",
      headers =
          @Header(name = Pages.TOTAL_COUNT, description = "How many vehicles match, on all pages"))
  @APIResponse(responseCode = "400", description = "A bad page, size, search or owner")
  public Response search(
      @Valid @BeanParam SearchParameters page,
      @Parameter(description = "Only the vehicles of this owner (a customer id)")
          @QueryParam("ownerId")
          @Size(max = 50, message = "ownerId may be at most 50 characters long")
          String ownerId,
      @Context UriInfo uri) {
    VehicleRepository.Page found =
        service.search(
            page.words(),
            ownerId == null || ownerId.isBlank() ? null : ownerId.strip(),
            page.offset(),
            page.size());
    return Pages.of(
        found.vehicles().stream().map(VehicleDto::of).toList(),
        found.total(),
        found.totalCapped(),
        page,
        uri);
  }

  @GET
  @Path("/{licenseNumber}")
  @APIResponse(responseCode = "200", description = "The vehicle")
  @APIResponse(responseCode = "404", description = "No vehicle with that license number")
  public Response byLicenseNumber(@PathParam("licenseNumber") String licenseNumber) {
    return service
        .find(licenseNumber)
        .map(vehicle -> Response.ok(VehicleDto.of(vehicle)).build())
        .orElseGet(
            () ->
                Problem.of(
                        Response.Status.NOT_FOUND,
                        "No vehicle with license number '" + licenseNumber + "' is registered.")
                    .toResponse());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "201", description = "Registered; Location names the vehicle")
  @APIResponse(responseCode = "400", description = "Invalid fields, each named")
  @APIResponse(responseCode = "409", description = "A vehicle with that license number exists")
  public Response register(
      @NotNull(message = "A request body is required.") @Valid RegisterVehicleRequest request,
      @Context UriInfo uri) {
    Vehicle vehicle = service.register(request.toCommand());
    return Response.created(location(uri, vehicle)).entity(VehicleDto.of(vehicle)).build();
  }

  /**
   * {@code /api/vehicles/{licenseNumber}} from the resource's own paths, whatever the request's
   * path looked like (trailing slash, other case, query).
   */
  private static URI location(UriInfo uri, Vehicle vehicle) {
    return uri.getBaseUriBuilder()
        .path(VehicleResource.class)
        .path(VehicleResource.class, "byLicenseNumber")
        .build(vehicle.licenseNumber());
  }
}
