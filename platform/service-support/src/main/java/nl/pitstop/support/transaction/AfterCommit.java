package nl.pitstop.support.transaction;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work for after the current JTA transaction has committed, and only if it did. */
public final class AfterCommit {

  private AfterCommit() {}

  /** Runs {@code work} once the current transaction has committed; not when it rolls back. */
  public static void run(TransactionSynchronizationRegistry transactions, Runnable work) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // only after the outcome is known
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              work.run();
            }
          }
        });
  }
}
