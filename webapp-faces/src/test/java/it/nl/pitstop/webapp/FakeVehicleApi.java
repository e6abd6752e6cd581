package it.nl.pitstop.webapp;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.pitstop.webapp.client.VehicleApi.Vehicle;

/** The fake vehicle API, at the paths of {@code VehicleApi}. */
@Path("/vehicles")
@Produces(MediaType.APPLICATION_JSON)
public class FakeVehicleApi {

  @GET
  public Response all() {
    return FakeApi.VEHICLES.read(() -> List.of(vehicle("AB-123-C")));
  }

  @GET
  @Path("/{licenseNumber}")
  public Response byLicenseNumber(@PathParam("licenseNumber") String licenseNumber) {
    return FakeApi.VEHICLES.read(() -> vehicle(licenseNumber));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(String command) {
    return FakeApi.VEHICLES.write(() -> vehicle("NEW-001"));
  }

  static Vehicle vehicle(String licenseNumber) {
    return new Vehicle(licenseNumber, "Volkswagen", "Golf", "c-1");
  }
}
