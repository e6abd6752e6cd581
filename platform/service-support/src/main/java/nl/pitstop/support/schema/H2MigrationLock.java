package nl.pitstop.support.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The turn to migrate an H2 database, held by one server at a time while it migrates.
 *
 * <p>Flyway's own lock on H2 is a {@code SELECT ... FOR UPDATE} of its history table, which locks
 * nothing while that table is still empty: two servers starting on an empty database would both
 * apply version 1, and the loser's failure would stay recorded in the history. This lock is a row
 * of its own, in a schema of its own ({@value #SCHEMA}, so that the database's own schema stays
 * empty for Flyway and equal to the migrations), locked for the whole migration. On any other
 * database (SQL Server in production) Flyway's lock is an application lock that needs no row, and
 * this does nothing.
 */
final class H2MigrationLock implements AutoCloseable {

  static final String SCHEMA = "PITSTOP_MIGRATION_LOCK";

  /** How long a server waits for another one's migration before it gives up. */
  static final int WAIT_MILLIS = 300_000;

  private final Connection held;
  private final int lockTimeout;

  private H2MigrationLock(Connection held, int lockTimeout) {
    this.held = held;
    this.lockTimeout = lockTimeout;
  }

  /** Waits until no other server migrates this database, when it is H2. */
  static H2MigrationLock await(DataSource dataSource) throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return new H2MigrationLock(null, 0);
      }
      connection.setAutoCommit(true);
      create(connection);
      try (Statement statement = connection.createStatement()) {
        int lockTimeout;
        try (ResultSet current = statement.executeQuery("CALL LOCK_TIMEOUT()")) {
          current.next();
          lockTimeout = current.getInt(1);
        }
        // (a pooled connection: its own timeout is put back when the lock is released)
        statement.execute("SET LOCK_TIMEOUT " + WAIT_MILLIS);
        connection.setAutoCommit(false);
        statement
            .executeQuery("SELECT id FROM " + SCHEMA + ".turn WHERE id = 1 FOR UPDATE")
            .close();
        return new H2MigrationLock(connection, lockTimeout);
      }
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * The lock's row, made by the first server that needs it. H2 checks "if not exists" apart from
   * creating, so two servers doing it at once may both try: the one that fails looks again.
   */
  private static void create(Connection connection) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        statement.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".turn (id INT PRIMARY KEY)");
        statement.execute("MERGE INTO " + SCHEMA + ".turn KEY (id) VALUES (1)");
        return;
      } catch (SQLException e) {
        if (attempt == CREATE_ATTEMPTS) {
          throw e;
        }
        Thread.onSpinWait();
      }
    }
  }

  private static final int CREATE_ATTEMPTS = 5;

  @Override
  public void close() throws SQLException {
    if (held != null) {
      try (Statement statement = held.createStatement()) {
        held.rollback();
        held.setAutoCommit(true);
        statement.execute("SET LOCK_TIMEOUT " + lockTimeout);
      } finally {
        held.close();
      }
    }
  }
}
