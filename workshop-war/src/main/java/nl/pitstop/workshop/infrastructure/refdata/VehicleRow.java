package nl.pitstop.workshop.infrastructure.refdata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.pitstop.workshop.application.VehicleReference;

/**
 * Read-only view of the read model's vehicle table, which the workshop projection (handlers)
 * writes; its columns match that projection's mapping (whichever server starts first creates the
 * table).
 */
@Entity
@Table(name = "vehicle")
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
