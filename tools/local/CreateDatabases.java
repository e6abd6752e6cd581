import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Creates the local database server's databases before it starts (run by pitstop.sh with the JDK's
 * source launcher and H2 on the class path; docs/adr/0021): args are the server's base directory,
 * the file with this checkout's database password, and the databases' names. A missing database is
 * created, opened directly from its file, with user {@code sa} and that password. A database made
 * by an older checkout with the former fixed password gets the new one. The server itself creates
 * no database, so no one who reaches its port can make one of their own.
 */
public class CreateDatabases {

  static final String USER = "sa";

  /** The password every local database had before each checkout got its own. */
  static final String FORMER_PASSWORD = "pitstop";

  /** H2's error code for a wrong user name or password. */
  static final int WRONG_PASSWORD = 28000;

  public static void main(String[] args) throws Exception {
    Path baseDir = Path.of(args[0]).toAbsolutePath();
    String password = Files.readString(Path.of(args[1])).strip();
    List<String> names = Arrays.asList(args).subList(2, args.length);
    for (String name : names) {
      String url = "jdbc:h2:file:" + baseDir.resolve(name) + ";MODE=MSSQLServer";
      boolean existed = Files.exists(baseDir.resolve(name + ".mv.db"));
      try (Connection opened = DriverManager.getConnection(url, USER, password)) {
        if (!existed) {
          System.out.println("created database " + name);
        }
      } catch (SQLException refused) {
        if (refused.getErrorCode() != WRONG_PASSWORD) {
          throw refused;
        }
        changeFormerPassword(name, url, password);
      }
    }
  }

  private static void changeFormerPassword(String name, String url, String password)
      throws SQLException {
    try (Connection former = DriverManager.getConnection(url, USER, FORMER_PASSWORD);
        PreparedStatement change = former.prepareStatement("ALTER USER SA SET PASSWORD ?")) {
      change.setString(1, password);
      change.execute();
      System.out.println("database " + name + " now has this checkout's password");
    } catch (SQLException refused) {
      if (refused.getErrorCode() != WRONG_PASSWORD) {
        throw refused;
      }
      System.err.println(
          "The database "
              + name
              + " was made with a password this checkout no longer has (.pitstop/secrets/db.password"
              + " was made anew). Restore that file, or delete the local data (./pitstop stop; rm -r"
              + " .pitstop/data) to start with empty databases.");
      System.exit(2);
    }
  }
}
