package nl.pitstop.vehicle.domain;

import java.util.List;
import java.util.Optional;

/** The vehicles the service knows, by license number in normal form. */
public interface VehicleRepository {

  /**
   * Adds a new vehicle.
   *
   * @throws VehicleAlreadyRegisteredException when a vehicle with that license number exists
   */
  void add(Vehicle vehicle);

  Optional<Vehicle> find(LicenseNumber licenseNumber);

  /** All vehicles, ordered by license number. */
  List<Vehicle> all();
}
