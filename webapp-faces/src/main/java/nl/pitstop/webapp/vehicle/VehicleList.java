package nl.pitstop.webapp.vehicle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.pitstop.webapp.client.VehicleApi.Vehicle;

/** "Vehicle Management - overview": every vehicle, in the API's order. */
@Named
@RequestScoped
public class VehicleList {

  @Inject Vehicles vehicles;

  private List<Vehicle> all = List.of();

  /** View action: loads before anything is rendered. */
  public void load() {
    all = vehicles.all();
  }

  public List<Vehicle> getVehicles() {
    return all;
  }
}
