package nl.pitstop.workshop.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The state of a planning after its first {@code version} events, so that loading it needs only the
 * events after them. An optimisation only: replaying the whole history gives the same planning.
 */
public record WorkshopPlanningSnapshot(LocalDate date, int version, List<MaintenanceJob> jobs) {

  public WorkshopPlanningSnapshot {
    jobs = List.copyOf(jobs);
  }
}
