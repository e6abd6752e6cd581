package nl.pitstop.workshop.application;

import java.util.List;
import java.util.Optional;

/**
 * The workshop's copy of other services' data (eventual consistency): kept up to date by the
 * workshop projection in the handlers, read here to plan jobs.
 */
public interface ReferenceData {

  /** All customers, ordered by name. */
  List<CustomerInfo> customers();

  Optional<CustomerInfo> customer(String customerId);

  /** All vehicles, ordered by license number. */
  List<VehicleReference> vehicles();

  /** The vehicle with this license number, in any case (they are kept in upper case). */
  Optional<VehicleReference> vehicle(String licenseNumber);
}
