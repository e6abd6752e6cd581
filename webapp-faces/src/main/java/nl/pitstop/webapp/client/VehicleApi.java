package nl.pitstop.webapp.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.pitstop.webapp.support.StaffTokenHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The vehicle management API ({@code vehicle-api/mp-rest/url}). */
@RegisterRestClient(configKey = "vehicle-api")
@RegisterProvider(ProblemResponseMapper.class)
@RegisterClientHeaders(StaffTokenHeaders.class)
@Path("/vehicles")
@Produces(MediaType.APPLICATION_JSON)
public interface VehicleApi {

  /**
   * One page of the vehicles found by the search (all for none), ordered by license number, with
   * the total in {@code X-Total-Count}: a list of {@link Vehicle}.
   */
  @GET
  Response search(
      @QueryParam("search") String search,
      @QueryParam("page") int page,
      @QueryParam("size") int size);

  @GET
  @Path("/{licenseNumber}")
  Vehicle byLicenseNumber(@PathParam("licenseNumber") String licenseNumber);

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  Vehicle register(RegisterVehicle command);

  /** A vehicle and the id of its owner (a customer). */
  record Vehicle(String licenseNumber, String brand, String type, String ownerId) {}

  /** The body of a registration. */
  record RegisterVehicle(String licenseNumber, String brand, String type, String ownerId) {}
}
