package nl.pitstop.support.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.persistence.platform.database.SQLServerPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A pessimistic lock as EclipseLink writes it for each platform, taken by one connection and then
 * asked for by a second, against H2 in SQL Server mode as the local system runs it.
 */
class H2SqlServerPlatformTest {

  static final String URL =
      "jdbc:h2:mem:platform-lock;MODE=MSSQLServer;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=500";

  Connection first;
  Connection second;

  @BeforeEach
  void oneRow() throws SQLException {
    first = DriverManager.getConnection(URL, "sa", "");
    first.createStatement().execute("CREATE TABLE mail (id INT PRIMARY KEY, sent INT)");
    first.createStatement().execute("INSERT INTO mail VALUES (1, 0)");
    first.setAutoCommit(false);
    second = DriverManager.getConnection(URL, "sa", "");
    second.setAutoCommit(false);
  }

  @AfterEach
  void drop() throws SQLException {
    first.rollback();
    second.rollback();
    first.setAutoCommit(true);
    first.createStatement().execute("DROP TABLE mail");
    first.close();
    second.close();
  }

  @Test
  void aRowReadForUpdateIsLockedUntilTheTransactionEnds() throws SQLException {
    String select = lockingSelect(new H2SqlServerPlatform());

    assertTrue(read(first, select));
    SQLException waited = assertThrows(SQLException.class, () -> read(second, select));
    assertTrue(waited.getMessage().contains("Timeout trying to lock"), waited.getMessage());

    first.commit();
    assertTrue(read(second, select), "free once the first transaction ended");
  }

  /** Why the platform says it its own way: SQL Server's table hint locks nothing on H2. */
  @Test
  void sqlServersTableHintLocksNothingOnH2() throws SQLException {
    String select = lockingSelect(new SQLServerPlatform());
    assertEquals("SELECT id, sent FROM mail WITH (UPDLOCK) WHERE id = 1", select);

    assertTrue(read(first, select));
    assertTrue(read(second, select), "the second connection read the row at once");
  }

  /** The select of one row with the platform's lock clause where the platform prints it. */
  static String lockingSelect(SQLServerPlatform platform) {
    String clause = platform.getSelectForUpdateString();
    return platform.shouldPrintLockingClauseAfterWhereClause()
        ? "SELECT id, sent FROM mail WHERE id = 1" + clause
        : "SELECT id, sent FROM mail" + clause + " WHERE id = 1";
  }

  static boolean read(Connection connection, String select) throws SQLException {
    try (ResultSet row = connection.createStatement().executeQuery(select)) {
      return row.next();
    }
  }

  @Test
  void sqlServerItselfPrintsItsHintAfterTheTable() {
    assertFalse(new SQLServerPlatform().shouldPrintLockingClauseAfterWhereClause());
  }
}
