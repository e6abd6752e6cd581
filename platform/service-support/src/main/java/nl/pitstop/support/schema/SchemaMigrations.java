package nl.pitstop.support.schema;

import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * One database's schema, as the migrations under {@code db/migration/<database>/} on the class path
 * describe it: V1 is the schema the system had when the migrations took over from EclipseLink's
 * generated tables, every later version a change to it.
 *
 * <p>In Liberty, Flyway finds a location on the class path only by an empty {@code flyway.location}
 * file in it (it cannot list a folder of an application's class loader): every migrations folder
 * has one, and so has {@code db/callback}, the callbacks' folder Flyway always looks at (none yet).
 *
 * <p>A database that EclipseLink made before (its tables there, no history of migrations) is taken
 * over as version 1 without touching its data, and the later versions are applied to it.
 */
public final class SchemaMigrations {

  /** What a server does with its databases as it starts. */
  public enum Action {
    /**
     * Apply every pending migration (locally, and wherever the server's login may change tables).
     */
    MIGRATE,
    /**
     * Only check that the database is at this build's version, and fail the start if not: in
     * production a Job with a DDL login migrated it before this version serves.
     */
    VALIDATE;

    public static Action parse(String value) {
      try {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "pitstop.schema.action is '" + value + "'; it must be migrate or validate", e);
      }
    }
  }

  /** The version an EclipseLink-made database is taken over as. */
  static final String BASELINE_VERSION = "1";

  private final String database;
  private final Flyway flyway;

  /** A server's database, through its data source, with the application's class loader. */
  public SchemaMigrations(String database, DataSource dataSource, ClassLoader classLoader) {
    this(database, configure(database, classLoader).dataSource(dataSource));
  }

  /** A database by its JDBC URL and a login (the migration command, outside a server). */
  public static SchemaMigrations at(String database, String url, String user, String password) {
    return new SchemaMigrations(
        database,
        configure(database, SchemaMigrations.class.getClassLoader())
            .dataSource(url, user, password));
  }

  private SchemaMigrations(String database, FluentConfiguration configuration) {
    this.database = database;
    this.flyway = configuration.load();
  }

  private static FluentConfiguration configure(String database, ClassLoader classLoader) {
    return Flyway.configure(classLoader)
        .locations(location(database))
        .failOnMissingLocations(true)
        .baselineOnMigrate(true)
        // (with Flyway's own description: 12.4 does not see a baseline row described otherwise)
        .baselineVersion(BASELINE_VERSION);
  }

  /** Where a database's migrations lie on the class path. */
  public static String location(String database) {
    return "classpath:db/migration/" + database;
  }

  /** What a migration left: the version the database is at, and how many migrations it applied. */
  public record Migrated(String version, int applied) {

    static Migrated of(MigrateResult result) {
      return new Migrated(
          result.targetSchemaVersion != null
              ? result.targetSchemaVersion
              : result.initialSchemaVersion,
          result.migrationsExecuted);
    }
  }

  /** A start that loses the race to create the history table tries again (then waits its turn). */
  static final int ATTEMPTS = 3;

  /**
   * Applies the pending migrations, each in its own transaction where the database can roll DDL
   * back (SQL Server); Flyway's lock on its history table (on H2 {@link H2MigrationLock}, which
   * also holds while that table is empty) lets one of several servers starting at once migrate
   * while the others wait, then find nothing left to do.
   *
   * @throws SchemaMigrationException naming the database and the migration that failed
   */
  public Migrated migrate() {
    try (H2MigrationLock turn = H2MigrationLock.await(flyway.getConfiguration().getDataSource())) {
      for (int attempt = 1; ; attempt++) {
        try {
          return Migrated.of(flyway.migrate());
        } catch (FlywayException e) {
          if (attempt == ATTEMPTS || !racedAnotherServer(e)) {
            throw new SchemaMigrationException(database, e);
          }
          pause();
        }
      }
    } catch (SQLException e) {
      throw new SchemaMigrationException(database, e);
    }
  }

  /**
   * Two servers starting on an empty database: both find no history table, one creates it, and the
   * other, now seeing a schema that is not empty (the history table itself), takes it for one to
   * take over and fails to create the table. Tried again, it finds the history table and waits on
   * its lock like any other.
   */
  private static boolean racedAnotherServer(FlywayException e) {
    return String.valueOf(e.getMessage()).contains("Unable to baseline schema history table");
  }

  private static void pause() {
    try {
      Thread.sleep(100 + ThreadLocalRandom.current().nextInt(200));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to migrate", e);
    }
  }

  /**
   * Checks that every migration of this build has been applied, unchanged, and none is unknown.
   *
   * @throws SchemaMigrationException when the database is not at this build's version
   */
  public void validate() {
    try {
      flyway.validate();
    } catch (FlywayException e) {
      throw new SchemaMigrationException(database, e);
    }
  }

  /** The version the database is at, or {@code null} when it has none yet. */
  public String currentVersion() {
    var current = flyway.info().current();
    return current == null ? null : current.getVersion().getVersion();
  }
}
