package nl.pitstop.support.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Migrating, taking over, failing and racing, on H2 in SQL Server mode as the servers use it. */
class SchemaMigrationsTest {

  private JdbcDataSource dataSource;
  private Connection keepOpen;

  @BeforeEach
  void emptyDatabase() throws SQLException {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MSSQLServer");
    keepOpen = dataSource.getConnection();
  }

  @AfterEach
  void close() throws SQLException {
    keepOpen.close();
  }

  @Test
  void anEmptyDatabaseGetsEveryVersion() throws SQLException {
    assertEquals(2, migrations("sample").migrate().applied());

    assertEquals("2", migrations("sample").currentVersion());
    execute("INSERT INTO garage (garage_id, name, city) VALUES ('g1', 'Pitstop', 'Utrecht')");
  }

  @Test
  void aDatabaseAtTheLatestVersionIsLeftAlone() {
    migrations("sample").migrate();

    assertEquals(0, migrations("sample").migrate().applied());
    migrations("sample").validate();
  }

  @Test
  void aDatabaseMadeByEclipseLinkIsTakenOverAsVersionOneWithItsData() throws SQLException {
    // the tables of version 1, made as EclipseLink made them, with data and no history
    execute("CREATE TABLE garage (garage_id VARCHAR(50) NOT NULL PRIMARY KEY, name VARCHAR(100))");
    execute("INSERT INTO garage (garage_id, name) VALUES ('g1', 'Pitstop')");

    assertEquals(1, migrations("sample").migrate().applied());

    assertEquals("2", migrations("sample").currentVersion());
    assertEquals(List.of("g1 Pitstop null"), garages());
    assertEquals(List.of("1 BASELINE", "2 SQL"), history());
  }

  @Test
  void anUpgradeKeepsTheData() throws SQLException {
    versionOne();
    execute("INSERT INTO garage (garage_id, name) VALUES ('g1', 'Pitstop')");

    assertEquals(1, migrations("sample").migrate().applied());

    assertEquals(List.of("g1 Pitstop null"), garages());
  }

  @Test
  void aFailingMigrationNamesTheDatabaseAndTheMigrationAndIsNotMarkedDone() throws SQLException {
    SchemaMigrationException failure =
        assertThrows(SchemaMigrationException.class, () -> migrations("broken").migrate());

    assertTrue(failure.getMessage().startsWith("database broken: "), failure.getMessage());
    assertTrue(failure.getMessage().contains("V2__broken.sql"), failure.getMessage());
    try (Statement statement = keepOpen.createStatement();
        ResultSet done =
            statement.executeQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '2'"
                    + " AND \"success\" = TRUE")) {
      done.next();
      assertEquals(0, done.getInt(1));
    }
    // and the next start refuses too, until someone repairs it
    assertThrows(SchemaMigrationException.class, () -> migrations("broken").migrate());
  }

  @Test
  void aDatabaseBehindThisBuildFailsValidation() {
    versionOne();

    SchemaMigrationException failure =
        assertThrows(SchemaMigrationException.class, () -> migrations("sample").validate());
    assertTrue(failure.getMessage().startsWith("database sample: "), failure.getMessage());
  }

  /**
   * Repeated: the race it guards against (two first migrations of an empty H2 database both
   * applying version 1) showed in 7 of 400 repetitions without {@link H2MigrationLock}.
   */
  @RepeatedTest(20)
  void serversStartingAtOnceMigrateOnce() throws Exception {
    int servers = 4;
    CyclicBarrier together = new CyclicBarrier(servers);
    ExecutorService pool = Executors.newFixedThreadPool(servers);
    try {
      List<Future<Integer>> applied = new ArrayList<>();
      for (int i = 0; i < servers; i++) {
        Callable<Integer> start =
            () -> {
              together.await();
              return migrations("sample").migrate().applied();
            };
        applied.add(pool.submit(start));
      }
      int total = 0;
      for (Future<Integer> each : applied) {
        total += each.get();
      }
      assertEquals(2, total);
      assertEquals(List.of("1 SQL", "2 SQL"), history());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The sample database at version 1, as a server of the previous release left it. */
  private void versionOne() {
    Flyway.configure()
        .dataSource(dataSource)
        .locations(SchemaMigrations.location("sample"))
        .target("1")
        .load()
        .migrate();
  }

  private SchemaMigrations migrations(String database) {
    return new SchemaMigrations(database, dataSource, getClass().getClassLoader());
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = keepOpen.createStatement()) {
      statement.execute(sql);
    }
  }

  private List<String> garages() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = keepOpen.createStatement();
        ResultSet garage = statement.executeQuery("SELECT * FROM garage ORDER BY garage_id")) {
      boolean hasCity = garage.getMetaData().getColumnCount() > 2;
      while (garage.next()) {
        rows.add(
            garage.getString("garage_id")
                + " "
                + garage.getString("name")
                + " "
                + (hasCity ? garage.getString("city") : "-"));
      }
    }
    return rows;
  }

  private List<String> history() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = keepOpen.createStatement();
        ResultSet history =
            statement.executeQuery(
                "SELECT \"version\", \"type\" FROM \"flyway_schema_history\""
                    + " WHERE \"success\" = TRUE AND \"type\" IN ('SQL', 'BASELINE')"
                    + " ORDER BY \"installed_rank\"")) {
      while (history.next()) {
        rows.add(history.getString(1) + " " + history.getString(2));
      }
    }
    return rows;
  }
}
