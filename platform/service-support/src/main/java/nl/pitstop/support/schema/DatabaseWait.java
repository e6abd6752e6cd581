package nl.pitstop.support.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Waits, as a server starts, until its database answers before its schema is checked: a database
 * that starts a little after the server (a local build starting both, a database pod restarting)
 * delays the start instead of failing it. A refused login fails at once: waiting cannot mend it.
 */
final class DatabaseWait {

  private static final Logger LOG = Logger.getLogger(DatabaseWait.class.getName());

  private DatabaseWait() {}

  static void untilReachable(DataSource dataSource, String database, Duration patience) {
    Instant deadline = Instant.now().plus(patience);
    boolean said = false;
    while (true) {
      try (Connection connection = dataSource.getConnection()) {
        if (said) {
          LOG.info(() -> "Database " + database + " answers");
        }
        return;
      } catch (SQLException e) {
        if (refusedLogin(e)) {
          throw new SchemaMigrationException(database, e);
        }
        if (Instant.now().isAfter(deadline)) {
          throw new SchemaMigrationException(
              database,
              "not reachable within " + patience.toSeconds() + " s: " + e.getMessage(),
              e);
        }
        if (!said) {
          LOG.warning(() -> "Database " + database + " does not answer yet; waiting");
          said = true;
        }
        pause();
      }
    }
  }

  /** SQL state class 28 (invalid authorization), or SQL Server's "login failed" (18456). */
  static boolean refusedLogin(SQLException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && (sql.getSQLState() != null && sql.getSQLState().startsWith("28")
              || sql.getErrorCode() == 18456)) {
        return true;
      }
    }
    return false;
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the database", e);
    }
  }
}
