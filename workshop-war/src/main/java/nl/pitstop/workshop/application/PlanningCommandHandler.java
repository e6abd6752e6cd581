package nl.pitstop.workshop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.pitstop.workshop.domain.WorkshopPlanning;
import nl.pitstop.workshop.domain.WorkshopPlanningRepository;

/**
 * One attempt at a command, in its own transaction: load the planning, run the command, append its
 * events. {@link WorkshopPlanningService} retries an attempt that lost a race.
 */
@ApplicationScoped
public class PlanningCommandHandler {

  private final WorkshopPlanningRepository plannings;

  @Inject
  public PlanningCommandHandler(WorkshopPlanningRepository plannings) {
    this.plannings = plannings;
  }

  /** For CDI's proxy only. */
  protected PlanningCommandHandler() {
    this(null);
  }

  /** Plans the job, starting the day's planning when it has none yet. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public WorkshopPlanning plan(PlanMaintenanceJob command) {
    WorkshopPlanning planning =
        plannings
            .find(command.planningDate())
            .orElseGet(() -> WorkshopPlanning.create(command.planningDate()));
    planning.planMaintenanceJob(
        command.jobId(),
        command.startTime(),
        command.endTime(),
        command.customer(),
        command.vehicle(),
        command.description());
    plannings.save(planning);
    return planning;
  }

  /** Finishes the job. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public WorkshopPlanning finish(FinishMaintenanceJob command) {
    WorkshopPlanning planning =
        plannings
            .find(command.planningDate())
            .orElseThrow(() -> new PlanningNotFoundException(command.planningDate()));
    planning.finishMaintenanceJob(
        command.jobId(), command.startTime(), command.endTime(), command.notes());
    plannings.save(planning);
    return planning;
  }
}
