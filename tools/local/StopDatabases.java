import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stops the local database server without losing a commit it acknowledged (run by pitstop.sh with
 * the JDK's source launcher and H2 on the class path): args are the server's port, the file with
 * this checkout's database password, the file with the server's shutdown password, and the
 * databases' names.
 *
 * <p>H2's own server shutdown closes every client's session from another thread, and a session
 * closed while it commits can roll back a commit the client is then told succeeded (measured in
 * docs/adr/0027). So first each database is put in exclusive mode ({@code SET EXCLUSIVE 2}): H2
 * closes the other sessions between their statements, a commit under way finishing first, and
 * refuses new ones. Only then is the server shut down; it has no other session left to close, and
 * it writes the databases as its process exits.
 */
public class StopDatabases {

  static final String USER = "sa";

  /** SET EXCLUSIVE can fail on a session H2 closes as it ends (its "CLOSED to CLOSED"): again. */
  static final int ATTEMPTS = 3;

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    String password = Files.readString(Path.of(args[1])).strip();
    String shutdownPassword = Files.readString(Path.of(args[2])).strip();
    List<String> names = Arrays.asList(args).subList(3, args.length);
    DriverManager.setLoginTimeout(10);

    List<Connection> exclusive = new ArrayList<>();
    for (String name : names) {
      try {
        exclusive.add(takeExclusively("jdbc:h2:tcp://127.0.0.1:" + port + "/" + name, password));
      } catch (SQLException e) {
        System.err.println("database " + name + " not taken exclusively: " + firstLine(e));
      }
    }
    System.out.println(exclusive.size() + " of " + names.size() + " databases taken exclusively");
    org.h2.tools.Server.shutdownTcpServer("tcp://127.0.0.1:" + port, shutdownPassword, true, false);
  }

  private static Connection takeExclusively(String url, String password) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      Connection connection = DriverManager.getConnection(url, USER, password);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET EXCLUSIVE 2");
        return connection;
      } catch (SQLException e) {
        connection.close();
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static String firstLine(SQLException e) {
    return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
  }
}
