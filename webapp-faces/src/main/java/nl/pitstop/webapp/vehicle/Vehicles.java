package nl.pitstop.webapp.vehicle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.pitstop.webapp.client.VehicleApi;
import nl.pitstop.webapp.client.VehicleApi.RegisterVehicle;
import nl.pitstop.webapp.client.VehicleApi.Vehicle;
import nl.pitstop.webapp.support.Api;
import nl.pitstop.webapp.support.ApiCalls;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The vehicle API, called fault-tolerantly. */
@ApplicationScoped
public class Vehicles {

  @Inject @RestClient VehicleApi api;
  @Inject ApiCalls calls;

  public List<Vehicle> all() {
    return calls.read(Api.VEHICLE, api::all);
  }

  /** The vehicle, or {@code ApiException.NotFound}. */
  public Vehicle byLicenseNumber(String licenseNumber) {
    return calls.read(Api.VEHICLE, () -> api.byLicenseNumber(licenseNumber));
  }

  public Vehicle register(RegisterVehicle command) {
    return calls.write(Api.VEHICLE, () -> api.register(command));
  }
}
