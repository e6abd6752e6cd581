package nl.pitstop.vehicle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.pitstop.messages.VehicleRegistered;
import nl.pitstop.support.outbox.EventOutbox;
import nl.pitstop.vehicle.domain.LicenseNumber;
import nl.pitstop.vehicle.domain.Vehicle;
import nl.pitstop.vehicle.domain.VehicleRepository;

/** Use cases of vehicle management. */
@ApplicationScoped
public class VehicleService {

  private final VehicleRepository vehicles;
  private final EventOutbox outbox;

  @Inject
  public VehicleService(VehicleRepository vehicles, EventOutbox outbox) {
    this.vehicles = vehicles;
    this.outbox = outbox;
  }

  /** For CDI's proxy only. */
  protected VehicleService() {
    this(null, null);
  }

  /**
   * Registers the vehicle and, in the same transaction, stores the {@code VehicleRegistered} event
   * in the outbox.
   *
   * @throws nl.pitstop.vehicle.domain.InvalidLicenseNumberException when the license number does
   *     not have the license-number format
   * @throws nl.pitstop.vehicle.domain.VehicleAlreadyRegisteredException when a vehicle with that
   *     license number (in any case) exists
   */
  @Transactional
  public Vehicle register(RegisterVehicle command) {
    Vehicle vehicle =
        new Vehicle(
            new LicenseNumber(command.licenseNumber()),
            command.brand(),
            command.type(),
            command.ownerId());
    vehicles.add(vehicle);
    outbox.add(
        new VehicleRegistered(
            UUID.randomUUID(),
            vehicle.licenseNumber(),
            vehicle.brand(),
            vehicle.type(),
            vehicle.ownerId()));
    return vehicle;
  }

  /** The vehicle with this license number, in any case; nothing for a malformed one. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Vehicle> find(String licenseNumber) {
    if (!LicenseNumber.isValid(licenseNumber)) {
      return Optional.empty();
    }
    return vehicles.find(new LicenseNumber(licenseNumber));
  }

  /** One page of the vehicles a search finds (of one owner, or of any), and how many in all. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public VehicleRepository.Page search(List<String> words, String ownerId, int offset, int limit) {
    return vehicles.search(words, ownerId, offset, limit);
  }
}
