package nl.pitstop.vehicle.domain;

/** A vehicle with this license number was registered before (in any case). */
public class VehicleAlreadyRegisteredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public VehicleAlreadyRegisteredException(String licenseNumber) {
    super("A vehicle with license number '" + licenseNumber + "' is already registered.");
  }
}
