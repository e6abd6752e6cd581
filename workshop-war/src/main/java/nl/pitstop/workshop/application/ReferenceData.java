package nl.pitstop.workshop.application;

import java.util.List;
import java.util.Optional;

/**
 * The workshop's copy of other services' data (eventual consistency): kept up to date by the
 * workshop projection in the handlers, read here to plan jobs.
 */
public interface ReferenceData {

  /** The customers, ordered by name, from {@code offset}, at most {@code limit}. */
  List<CustomerInfo> customers(int offset, int limit);

  /** How many customers the workshop knows. */
  long customerCount();

  Optional<CustomerInfo> customer(String customerId);

  /**
   * The vehicles whose license number starts with {@code prefix} (in any case; all for an empty
   * one), ordered by license number, from {@code offset}, at most {@code limit}.
   */
  List<VehicleReference> vehicles(String prefix, int offset, int limit);

  /** How many vehicles {@link #vehicles} finds with this prefix. */
  long vehicleCount(String prefix);

  /** The vehicle with this license number, in any case (they are kept in upper case). */
  Optional<VehicleReference> vehicle(String licenseNumber);
}
