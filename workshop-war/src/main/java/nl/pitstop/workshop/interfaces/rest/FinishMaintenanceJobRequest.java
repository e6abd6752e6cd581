package nl.pitstop.workshop.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import nl.pitstop.workshop.application.FinishMaintenanceJob;

/**
 * The body of {@code PUT /api/workshopplanning/{date}/jobs/{jobId}/finish}: the actual times and
 * the notes. The job is the one of the path.
 */
public record FinishMaintenanceJobRequest(
    @NotNull(message = "The actual start time is required.") LocalDateTime startTime,
    @NotNull(message = "The actual end time is required.") LocalDateTime endTime,
    @Size(max = 2000, message = "The notes may be at most 2000 characters long.") String notes) {

  FinishMaintenanceJob toCommand(LocalDate planningDate, UUID jobId) {
    return new FinishMaintenanceJob(planningDate, jobId, startTime, endTime, notes);
  }
}
