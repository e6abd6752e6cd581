package nl.pitstop.workshop.domain;

import java.util.Objects;

/** The vehicle of a maintenance job; its owner is the job's customer. */
public record Vehicle(LicenseNumber licenseNumber, String brand, String type, String ownerId) {

  public Vehicle {
    Objects.requireNonNull(licenseNumber, "licenseNumber");
  }
}
