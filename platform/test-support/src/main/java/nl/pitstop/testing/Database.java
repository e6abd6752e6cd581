package nl.pitstop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import nl.pitstop.support.schema.SchemaMigrations;

/**
 * Where the tests' own JDBC clients find the local database server ({@code pitstop infra start}):
 * H2 in SQL Server mode, opened with the settings the servers use ({@code
 * pitstop-database-h2.xml}).
 */
public final class Database {

  /** The account of the local database server. */
  public static final String USER = "sa";

  /** Its password: this checkout's, made by {@code ./pitstop} (docs/adr/0021). */
  public static String password() {
    try {
      return Files.readString(Staff.secrets().resolve("db.password")).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("the local database password (run ./pitstop first)", e);
    }
  }

  private Database() {}

  /** The JDBC URL of one of the local server's databases, e.g. {@code auditlog}. */
  public static String url(String database) {
    return url(Integer.parseInt(System.getProperty("db.port", "9092")), database);
  }

  /** The JDBC URL of a database of a local database server on another port. */
  public static String url(int port, String database) {
    return "jdbc:h2:tcp://localhost:"
        + port
        + "/"
        + database
        + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1";
  }

  /**
   * Brings one of the local server's databases to this build's schema with the migrations under
   * {@code db/migration/<migrations>/} on the class path, as a server would as it starts
   * (docs/adr/0018): for the test applications, which are not the deployables and do not migrate.
   */
  public static void migrate(String migrations, String database) {
    SchemaMigrations.at(migrations, url(database), USER, password()).migrate();
  }

  /** A new connection to one of the local server's databases. */
  public static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), USER, password());
  }
}
