package nl.pitstop.support.outbox;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.QueryTimeoutException;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import nl.pitstop.support.persistence.DuplicateKeys;

/**
 * Takes a relay's claim row in the current transaction (see {@link OutboxRelayClaim}); the stores
 * of the outbox call it before they read a batch.
 */
public final class RelayClaims {

  /**
   * How long a replica waits for another one's batch to end before it leaves the relaying to that
   * replica: the replica that holds the claim drains the outbox, whoever stored the events.
   */
  static final Duration WAIT = Duration.ofSeconds(2);

  /** SQL states of a lock wait that ended unsuccessfully: lock timeout, cancel, deadlock victim. */
  private static final Set<String> BUSY_STATES = Set.of("HYT00", "HY008", "57014", "40001");

  private static final String REPLICA =
      ManagementFactory.getRuntimeMXBean().getName()
          + "/"
          + System.getProperty("wlp.server.name", "server");

  private static final Clock CLOCK = Clock.systemUTC();

  private RelayClaims() {}

  /**
   * Claims the relay {@code name} until the current transaction ends.
   *
   * @return false when another replica holds it and did not release it within {@link #WAIT}
   */
  public static boolean claim(EntityManager entityManager, String name) {
    try {
      int updated =
          entityManager
              .createNamedQuery("OutboxRelayClaim.take")
              .setParameter("at", CLOCK.instant())
              .setParameter("by", REPLICA)
              .setParameter("name", name)
              .setHint("jakarta.persistence.query.timeout", (int) WAIT.toMillis())
              .executeUpdate();
      if (updated == 0) {
        // The first batch ever: the row is made, and locked, by this insert.
        entityManager.persist(new OutboxRelayClaim(name, CLOCK.instant(), REPLICA));
        entityManager.flush();
      }
      return true;
    } catch (QueryTimeoutException e) {
      return false;
    } catch (PersistenceException e) {
      if (DuplicateKeys.causedByDuplicateKey(e) || isBusy(e)) {
        return false;
      }
      throw e;
    }
  }

  static boolean isBusy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && BUSY_STATES.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
