package it.nl.pitstop.webapp;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.pitstop.webapp.client.VehicleApi.Vehicle;

/** The fake vehicle API, at the paths of {@code VehicleApi}. */
@Path("/vehicles")
@Produces(MediaType.APPLICATION_JSON)
public class FakeVehicleApi {

  @GET
  public void search(@Suspended AsyncResponse call) {
    FakeApi.VEHICLES.read(call, () -> List.of(vehicle("AB-123-C")));
  }

  @GET
  @Path("/{licenseNumber}")
  public void byLicenseNumber(
      @PathParam("licenseNumber") String licenseNumber, @Suspended AsyncResponse call) {
    FakeApi.VEHICLES.read(call, () -> vehicle(licenseNumber));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public void register(String command, @Suspended AsyncResponse call) {
    FakeApi.VEHICLES.write(call, () -> vehicle("NEW-001"));
  }

  static Vehicle vehicle(String licenseNumber) {
    return new Vehicle(licenseNumber, "Volkswagen", "Golf", "c-1");
  }
}
