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

  private List<Vehicle> all;

  /** View action: loads before anything is rendered. */
  public void load() {
    all = vehicles.all();
  }

  /**
   * The vehicles. The view action runs on the page's first request only; a postback (the table's
   * paginator) loads them here, or its pages after the first would be empty.
   */
  public List<Vehicle> getVehicles() {
    if (all == null) {
      all = vehicles.all();
    }
    return all;
  }
}
