package nl.pitstop.vehicle.interfaces.rest;

import nl.pitstop.vehicle.domain.Vehicle;

/** A vehicle as the API shows it (the original's camelCase fields). */
public record VehicleDto(String licenseNumber, String brand, String type, String ownerId) {

  static VehicleDto of(Vehicle vehicle) {
    return new VehicleDto(
        vehicle.licenseNumber(), vehicle.brand(), vehicle.type(), vehicle.ownerId());
  }
}
