package nl.pitstop.workshop.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import nl.pitstop.workshop.domain.Customer;
import nl.pitstop.workshop.domain.WorkshopPlanningEvent.VehicleInfo;

/** Plan a job in the workshop planning of {@code planningDate}. */
public record PlanMaintenanceJob(
    LocalDate planningDate,
    UUID jobId,
    LocalDateTime startTime,
    LocalDateTime endTime,
    Customer customer,
    VehicleInfo vehicle,
    String description) {}
