package nl.pitstop.vehicle.domain;

import java.util.Objects;

/**
 * A vehicle of one of the garage's customers. Vehicles are only ever registered (the original has
 * no update or delete, on purpose); the license number is the identity. The owner is a customer id,
 * not checked against the customer service: services do not call each other.
 */
public class Vehicle {

  private String licenseNumber;
  private String brand;
  private String type;
  private String ownerId;

  protected Vehicle() {}

  public Vehicle(LicenseNumber licenseNumber, String brand, String type, String ownerId) {
    this.licenseNumber = Objects.requireNonNull(licenseNumber, "licenseNumber").value();
    this.brand = requireText(brand, "brand");
    this.type = requireText(type, "type");
    this.ownerId = requireText(ownerId, "ownerId");
  }

  private static String requireText(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " may not be blank");
    }
    return value.strip();
  }

  /** The license number in normal form (upper case). */
  public String licenseNumber() {
    return licenseNumber;
  }

  public String brand() {
    return brand;
  }

  public String type() {
    return type;
  }

  public String ownerId() {
    return ownerId;
  }
}
