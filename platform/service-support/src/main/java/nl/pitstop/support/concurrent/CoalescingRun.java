package nl.pitstop.support.concurrent;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * A task that runs on request and never twice at once, as the relays need it ("drain after each
 * commit, and on a poll"): a request while it runs makes it run once more afterwards, and the
 * requests made before an asynchronous run starts share that one run.
 */
public final class CoalescingRun {

  private final BooleanSupplier task;
  private final AtomicBoolean submitted = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  /**
   * @param task one run; it answers false when it failed, which ends the run without running again
   *     for the requests made meanwhile (the next poll retries)
   */
  public CoalescingRun(BooleanSupplier task) {
    this.task = task;
  }

  /** Runs the task on this thread, or has the run in progress run it once more. */
  public void runNow() {
    again.set(true);
    while (again.get() && running.compareAndSet(false, true)) {
      again.set(false);
      try {
        if (!task.getAsBoolean()) {
          return;
        }
      } finally {
        running.set(false);
      }
    }
  }

  /** Runs the task on the executor, unless a run submitted there has not started yet. */
  public void runSoon(Executor executor) {
    if (submitted.compareAndSet(false, true)) {
      executor.execute(
          () -> {
            submitted.set(false);
            runNow();
          });
    }
  }
}
