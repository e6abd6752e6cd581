package nl.pitstop.webapp.vehicle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.GenericType;
import java.util.List;
import nl.pitstop.webapp.client.Paged;
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

  private static final GenericType<List<Vehicle>> VEHICLES = new GenericType<>() {};

  /** One page of the vehicles found by the search (all for none), ordered by license number. */
  public Paged<Vehicle> search(String search, int page, int size) {
    return calls.read(Api.VEHICLE, () -> Paged.of(api.search(search, page, size), VEHICLES));
  }

  /** The vehicle, or {@code ApiException.NotFound}. */
  public Vehicle byLicenseNumber(String licenseNumber) {
    return calls.read(Api.VEHICLE, () -> api.byLicenseNumber(licenseNumber));
  }

  public Vehicle register(RegisterVehicle command) {
    return calls.write(Api.VEHICLE, () -> api.register(command));
  }
}
