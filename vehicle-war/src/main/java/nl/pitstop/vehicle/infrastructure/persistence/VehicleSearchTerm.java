package nl.pitstop.vehicle.infrastructure.persistence;

import nl.pitstop.support.search.SearchTerm;

/**
 * A term a vehicle is found by: a word of its license number, brand or type, or the whole of one
 * (docs/adr/0019). Mapped by META-INF/orm.xml to {@code vehicle_search_term}.
 */
public class VehicleSearchTerm extends SearchTerm {

  protected VehicleSearchTerm() {}

  VehicleSearchTerm(String term, String licenseNumber) {
    super(term, licenseNumber);
  }
}
