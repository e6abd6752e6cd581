package nl.pitstop.workshop.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** What happened to a workshop planning; its state is the result of applying them in order. */
public sealed interface WorkshopPlanningEvent {

  /** The planning of a day was started. */
  record WorkshopPlanningCreated(LocalDate date) implements WorkshopPlanningEvent {}

  /** A job was planned. */
  record MaintenanceJobPlanned(
      UUID jobId,
      LocalDateTime startTime,
      LocalDateTime endTime,
      Customer customer,
      VehicleInfo vehicle,
      String description)
      implements WorkshopPlanningEvent {}

  /** The vehicle of a planned job as the command named it; its owner is the job's customer. */
  record VehicleInfo(String licenseNumber, String brand, String type) {}

  /** A job was finished in its actual timeslot. */
  record MaintenanceJobFinished(
      UUID jobId, LocalDateTime startTime, LocalDateTime endTime, String notes)
      implements WorkshopPlanningEvent {}
}
