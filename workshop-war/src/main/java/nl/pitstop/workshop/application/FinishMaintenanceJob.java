package nl.pitstop.workshop.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** Finish a planned job with the times the work actually took and the mechanic's notes. */
public record FinishMaintenanceJob(
    LocalDate planningDate,
    UUID jobId,
    LocalDateTime startTime,
    LocalDateTime endTime,
    String notes) {}
