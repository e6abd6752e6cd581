package nl.pitstop.workshop.interfaces.rest;

import java.time.LocalDateTime;
import java.util.List;
import nl.pitstop.workshop.domain.WorkshopPlanning;

/**
 * A day's planning as the API shows it: the original's {@code WorkshopPlanningDTO}, its date at
 * midnight and its jobs in the order they were planned.
 */
public record WorkshopPlanningDto(LocalDateTime date, List<MaintenanceJobDto> jobs) {

  static WorkshopPlanningDto of(WorkshopPlanning planning) {
    return new WorkshopPlanningDto(
        planning.date().atStartOfDay(),
        planning.jobs().stream().map(MaintenanceJobDto::of).toList());
  }
}
