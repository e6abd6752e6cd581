package nl.pitstop.webapp.vehicle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pitstop.webapp.client.Paged;
import nl.pitstop.webapp.client.VehicleApi.Vehicle;
import nl.pitstop.webapp.support.SearchedList;

/**
 * "Vehicle Management - overview": the vehicles by license number, a page at a time, found by a
 * word of their license number, brand or type ({@code ?search=&page=}).
 */
@Named
@RequestScoped
public class VehicleList extends SearchedList<Vehicle> {

  @Inject Vehicles vehicles;

  @Override
  protected Paged<Vehicle> find(String search, int page, int size) {
    return vehicles.search(search, page, size);
  }
}
