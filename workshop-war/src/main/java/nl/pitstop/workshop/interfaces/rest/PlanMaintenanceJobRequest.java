package nl.pitstop.workshop.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import nl.pitstop.workshop.application.PlanMaintenanceJob;
import nl.pitstop.workshop.domain.Customer;
import nl.pitstop.workshop.domain.WorkshopPlanningEvent.VehicleInfo;

/**
 * The body of {@code POST /api/workshopplanning/{date}/jobs}: the original's command, with named
 * members instead of its tuples' {@code Item1..3}. Times are local, {@code yyyy-MM-ddTHH:mm[:ss]}.
 */
public record PlanMaintenanceJobRequest(
    @NotNull(message = "The job id is required.") UUID jobId,
    @NotNull(message = "The start time is required.") LocalDateTime startTime,
    @NotNull(message = "The end time is required.") LocalDateTime endTime,
    @NotNull(message = "The customer is required.") @Valid CustomerInfo customerInfo,
    @NotNull(message = "The vehicle is required.") @Valid VehicleInfoRequest vehicleInfo,
    @Size(max = 1000, message = "The description may be at most 1000 characters long.")
        String description) {

  /** The customer of the job. */
  public record CustomerInfo(
      @NotBlank(message = "The customer id is required.")
          @Size(max = 50, message = "The customer id may be at most 50 characters long.")
          String id,
      @NotBlank(message = "The customer name is required.")
          @Size(max = 100, message = "The customer name may be at most 100 characters long.")
          String name,
      @Size(max = 30, message = "The telephone number may be at most 30 characters long.")
          String telephoneNumber) {}

  /** The vehicle of the job. */
  public record VehicleInfoRequest(
      @NotBlank(message = "The license number is required.")
          @Size(max = 20, message = "The license number may be at most 20 characters long.")
          String licenseNumber,
      @Size(max = 50, message = "The brand may be at most 50 characters long.") String brand,
      @Size(max = 50, message = "The type may be at most 50 characters long.") String type) {}

  PlanMaintenanceJob toCommand(LocalDate planningDate) {
    return new PlanMaintenanceJob(
        planningDate,
        jobId,
        startTime,
        endTime,
        new Customer(customerInfo.id(), customerInfo.name(), customerInfo.telephoneNumber()),
        new VehicleInfo(vehicleInfo.licenseNumber(), vehicleInfo.brand(), vehicleInfo.type()),
        description);
  }
}
