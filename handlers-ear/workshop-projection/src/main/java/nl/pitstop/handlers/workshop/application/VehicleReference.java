package nl.pitstop.handlers.workshop.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A vehicle as the workshop knows it (reference data for planning jobs), from VehicleRegistered or
 * from the vehicle of a planned job. workshop-war reads this table; its VehicleRow maps the same
 * columns.
 */
@Entity
@Table(name = "vehicle")
public class VehicleReference {

  @Id
  @Column(name = "license_number", length = 20)
  private String licenseNumber;

  @Column(name = "brand", length = 50)
  private String brand;

  @Column(name = "type", length = 50)
  private String type;

  @Column(name = "owner_id", length = 50)
  private String ownerId;

  protected VehicleReference() {}

  /**
   * @param licenseNumber in any case; kept in normal form
   */
  public VehicleReference(String licenseNumber, String brand, String type, String ownerId) {
    this.licenseNumber = normalForm(licenseNumber);
    this.brand = brand;
    this.type = type;
    this.ownerId = ownerId;
  }

  /**
   * The key of a license number: stripped, in upper case, as the vehicle service stores and
   * publishes it (docs/adr/0005). A planner may write a license number in any case.
   */
  public static String normalForm(String licenseNumber) {
    return licenseNumber.strip().toUpperCase(Locale.ROOT);
  }

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
