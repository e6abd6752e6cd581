package nl.pitstop.messages;

import java.util.UUID;

/** A vehicle was registered by the vehicle management service. */
public record VehicleRegistered(
    UUID messageId, String licenseNumber, String brand, String type, String ownerId)
    implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return licenseNumber;
  }
}
