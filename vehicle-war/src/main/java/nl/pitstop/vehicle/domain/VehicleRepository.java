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

  /**
   * The vehicles found by every one of these words (each starts a word of their license number,
   * brand or type, or the whole of one; all vehicles for none), of one owner or of any ({@code
   * null}), ordered by license number, from {@code offset}, at most {@code limit}.
   */
  List<Vehicle> search(List<String> words, String ownerId, int offset, int limit);

  /** How many vehicles {@link #search} finds. */
  long count(List<String> words, String ownerId);
}
