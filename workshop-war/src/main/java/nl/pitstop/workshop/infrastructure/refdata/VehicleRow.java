package nl.pitstop.workshop.infrastructure.refdata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.pitstop.workshop.application.VehicleReference;

/**
 * A vehicle of the workshop read model, read through the view {@code planning_vehicle} that the
 * read model's owner, the workshop projection (handlers), makes in its migrations for this API.
 */
@Entity
@Table(name = "planning_vehicle")
public class VehicleRow {

  @Id
  @Column(name = "license_number", length = 20)
  private String licenseNumber;

  @Column(name = "brand", length = 50)
  private String brand;

  @Column(name = "type", length = 50)
  private String type;

  @Column(name = "owner_id", length = 50)
  private String ownerId;

  protected VehicleRow() {}

  VehicleReference toReference() {
    return new VehicleReference(licenseNumber, brand, type, ownerId);
  }
}
