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
   * null}), ordered by license number, from {@code offset}, at most {@code limit}; and how many it
   * finds in all.
   */
  Page search(List<String> words, String ownerId, int offset, int limit);

  /**
   * A page of vehicles, and the number of vehicles on all pages: exact, or at least that many when
   * {@code totalCapped} (a search whose words most vehicles match).
   */
  record Page(List<Vehicle> vehicles, long total, boolean totalCapped) {

    public Page(List<Vehicle> vehicles, long total) {
      this(vehicles, total, false);
    }
  }
}
