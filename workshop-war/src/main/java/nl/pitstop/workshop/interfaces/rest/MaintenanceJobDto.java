package nl.pitstop.workshop.interfaces.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDateTime;
import java.util.UUID;
import nl.pitstop.workshop.domain.MaintenanceJob;

/** A job as the API shows it: the original's {@code MaintenanceJobDTO}, owner filled in. */
@JsonbNillable
public record MaintenanceJobDto(
    UUID id,
    LocalDateTime startTime,
    LocalDateTime endTime,
    VehicleDto vehicle,
    CustomerDto customer,
    String description,
    LocalDateTime actualStartTime,
    LocalDateTime actualEndTime,
    String notes,
    String status) {

  /** The vehicle of a job. */
  @JsonbNillable
  public record VehicleDto(String licenseNumber, String brand, String type, String ownerId) {}

  /** The customer of a job. */
  @JsonbNillable
  public record CustomerDto(String customerId, String name, String telephoneNumber) {}

  static MaintenanceJobDto of(MaintenanceJob job) {
    return new MaintenanceJobDto(
        job.jobId(),
        job.plannedTimeslot().startTime(),
        job.plannedTimeslot().endTime(),
        new VehicleDto(
            job.vehicle().licenseNumber().value(),
            job.vehicle().brand(),
            job.vehicle().type(),
            job.vehicle().ownerId()),
        new CustomerDto(
            job.customer().customerId(), job.customer().name(), job.customer().telephoneNumber()),
        job.description(),
        job.isCompleted() ? job.actualTimeslot().startTime() : null,
        job.isCompleted() ? job.actualTimeslot().endTime() : null,
        job.notes(),
        job.status());
  }
}
