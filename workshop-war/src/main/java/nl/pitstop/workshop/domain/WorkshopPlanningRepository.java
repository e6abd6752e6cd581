package nl.pitstop.workshop.domain;

import java.time.LocalDate;
import java.util.Optional;

/** Where workshop plannings live: their events, appended with optimistic concurrency. */
public interface WorkshopPlanningRepository {

  /** The planning of a day, or empty when nothing was ever planned on it. */
  Optional<WorkshopPlanning> find(LocalDate date);

  /**
   * Appends the planning's pending events, expecting the store to be at its original version.
   *
   * @throws ConcurrentUpdateException when someone else appended to the planning since it was
   *     loaded; the command is to be retried against the fresh planning
   */
  void save(WorkshopPlanning planning);
}
