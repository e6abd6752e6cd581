package nl.pitstop.messages;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A maintenance job was planned in the workshop planning of the day of its start time.
 *
 * @param customerInfo the customer as the planner knew them when planning
 * @param vehicleInfo the vehicle as the planner knew it when planning
 */
public record MaintenanceJobPlanned(
    UUID messageId,
    UUID jobId,
    LocalDateTime startTime,
    LocalDateTime endTime,
    CustomerInfo customerInfo,
    VehicleInfo vehicleInfo,
    String description)
    implements IntegrationEvent {

  /** The customer of a planned job. */
  public record CustomerInfo(String id, String name, String telephoneNumber) {}

  /** The vehicle of a planned job. */
  public record VehicleInfo(String licenseNumber, String brand, String type) {}

  /** The day of the workshop planning the job belongs to. */
  public LocalDate planningDate() {
    return startTime.toLocalDate();
  }

  @Override
  public String aggregateId() {
    return planningDate().toString();
  }
}
