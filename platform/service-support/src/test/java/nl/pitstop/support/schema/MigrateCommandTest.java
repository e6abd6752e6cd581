package nl.pitstop.support.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The command an OpenShift init container runs, on in-memory H2 databases in SQL Server mode. */
class MigrateCommandTest {

  static final Map<String, String> DDL_LOGIN = Map.of("DB_USER", "sa", "DB_PASSWORD", "");

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void migratesEveryDatabaseNamed() throws SQLException {
    String first = url();
    String second = url();
    try (Connection a = DriverManager.getConnection(first, "sa", "");
        Connection b = DriverManager.getConnection(second, "sa", "")) {

      int status = run(List.of("sample=" + first, "sample=" + second), DDL_LOGIN);

      assertEquals(0, status, text(err));
      assertEquals(
          List.of(
              "Schema of sample at version 2 (2 migrations applied)",
              "Schema of sample at version 2 (2 migrations applied)"),
          text(out).lines().toList());
      assertEquals(1, garageIndexes(a));
      assertEquals(1, garageIndexes(b));
    }
  }

  @Test
  void aFailingMigrationExitsWithOneAndNamesTheDatabaseAndTheMigration() throws SQLException {
    String url = url();
    try (Connection keepOpen = DriverManager.getConnection(url, "sa", "")) {

      int status = run(List.of("broken=" + url), DDL_LOGIN);

      assertEquals(1, status);
      assertTrue(text(err).startsWith("migrate: database broken: "), text(err));
      assertTrue(text(err).contains("V2__broken.sql"), text(err));
    }
  }

  @Test
  void aDatabaseThatCannotBeReachedExitsWithOne() {
    int status = run(List.of("sample=jdbc:h2:tcp://localhost:1/nowhere"), DDL_LOGIN);

    assertEquals(1, status);
    assertTrue(text(err).startsWith("migrate: database sample: "), text(err));
  }

  @Test
  void withoutADatabaseOrALoginItExitsWithTwoAndSaysHowToCallIt() {
    assertEquals(2, run(List.of(), DDL_LOGIN));
    assertEquals(2, run(List.of("sample"), DDL_LOGIN));
    assertEquals(2, run(List.of("sample=localhost:1433"), DDL_LOGIN));
    assertEquals(2, run(List.of("sample=" + url()), Map.of()));
    assertTrue(text(err).contains("usage: MigrateCommand"), text(err));
    assertTrue(text(err).contains("DB_USER and DB_PASSWORD"), text(err));
  }

  private int run(List<String> arguments, Map<String, String> environment) {
    return MigrateCommand.run(
        arguments,
        environment,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static String url() {
    return "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MSSQLServer";
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }

  private static int garageIndexes(Connection connection) throws SQLException {
    try (ResultSet indexes =
        connection
            .createStatement()
            .executeQuery(
                "SELECT COUNT(*) FROM information_schema.indexes"
                    + " WHERE index_name = 'IX_GARAGE_CITY'")) {
      indexes.next();
      return indexes.getInt(1);
    }
  }
}
