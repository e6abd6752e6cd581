package nl.pitstop.workshop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;
import nl.pitstop.workshop.domain.ConcurrentUpdateException;
import nl.pitstop.workshop.domain.WorkshopPlanning;
import nl.pitstop.workshop.domain.WorkshopPlanningRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Use cases of the workshop planning. A command that loses a race with another command on the same
 * day is run again on the fresh planning, after a short random pause, so that concurrent valid
 * commands all succeed and a rule is only reported when the fresh planning breaks it.
 */
@ApplicationScoped
public class WorkshopPlanningService {

  private static final Logger LOG = Logger.getLogger(WorkshopPlanningService.class.getName());

  private final PlanningCommandHandler handler;
  private final WorkshopPlanningRepository plannings;
  private final int maxAttempts;

  @Inject
  public WorkshopPlanningService(
      PlanningCommandHandler handler,
      WorkshopPlanningRepository plannings,
      @ConfigProperty(name = "pitstop.workshop.command.max-attempts", defaultValue = "20")
          int maxAttempts) {
    this.handler = handler;
    this.plannings = plannings;
    this.maxAttempts = maxAttempts;
  }

  /** For CDI's proxy only. */
  protected WorkshopPlanningService() {
    this(null, null, 1);
  }

  public WorkshopPlanning plan(PlanMaintenanceJob command) {
    return withRetries(() -> handler.plan(command));
  }

  public WorkshopPlanning finish(FinishMaintenanceJob command) {
    return withRetries(() -> handler.finish(command));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<WorkshopPlanning> planning(LocalDate date) {
    return plannings.find(date);
  }

  private WorkshopPlanning withRetries(Supplier<WorkshopPlanning> attempt) {
    for (int attempts = 1; ; attempts++) {
      try {
        return attempt.get();
      } catch (ConcurrentUpdateException e) {
        if (attempts >= maxAttempts) {
          throw e;
        }
        int attemptsSoFar = attempts;
        LOG.fine(() -> "Retrying after a concurrent update (attempt " + attemptsSoFar + ")");
        pause(attempts);
      }
    }
  }

  /** A random pause that grows with the attempts, so that racing commands spread out. */
  private static void pause(int attempts) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * Math.min(attempts, 10) + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while retrying a command", e);
    }
  }
}
