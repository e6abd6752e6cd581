package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import nl.pitstop.testing.Database;
import org.junit.jupiter.api.Test;

/**
 * The local database server's stop ({@code pitstop infra stop database}) keeps every commit it
 * acknowledged, as a database server's orderly stop does (docs/adr/0027). H2's own shutdown closed
 * sessions while they committed, and each stop under load had a chance of rolling back commits it
 * had already acknowledged; {@code FaultsUnderLoadIT} once found an accepted job plan missing so.
 *
 * <p>A database server of its own (another state folder and port, so the system's is untouched) is
 * stopped and started five times while eight clients commit transactions of 50 rows as fast as they
 * can, with the page cache the servers use; afterwards every row of every acknowledged commit is
 * there. With the former stop it lost 71,450 and 43,900 rows in two runs of two.
 */
@SideBySide
class DatabaseStopIT {

  static final int PORT = 9190;
  static final String DATABASE = "database-stop-it";
  static final int CLIENTS = 8;
  static final int ROWS_PER_COMMIT = 50;
  static final int STOPS = 5;

  final Path home = Path.of(System.getProperty("pitstop.home")).resolveSibling("database-stop-it");
  final Consumer<Map<String, String>> ownServer =
      env -> {
        env.put("PITSTOP_HOME", home.toString());
        env.put("DB_PORT", String.valueOf(PORT));
      };
  final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
  final AtomicLong nextId = new AtomicLong();
  final AtomicLong refusedCommits = new AtomicLong();
  final AtomicBoolean running = new AtomicBoolean(true);
  final String password = Database.password();

  @Test
  void everyAcknowledgedCommitSurvivesTheStop() throws Exception {
    Files.createDirectories(home);
    Pitstop.tool(ownServer, "infra", "start", "database");
    try (Connection setUp = connect()) {
      setUp.createStatement().execute("drop table if exists committed_row");
      setUp
          .createStatement()
          .execute("create table committed_row (id bigint primary key, pad varchar(300))");
    }
    List<Thread> clients = new ArrayList<>();
    try {
      for (int c = 0; c < CLIENTS; c++) {
        Thread client = new Thread(this::commitUntilStopped, "client-" + c);
        client.start();
        clients.add(client);
      }
      for (int stop = 0; stop < STOPS; stop++) {
        Thread.sleep(4_000);
        Pitstop.tool(ownServer, "infra", "stop", "database");
        Thread.sleep(1_000);
        Pitstop.tool(ownServer, "infra", "start", "database");
      }
      Thread.sleep(2_000);
      running.set(false);
      for (Thread client : clients) {
        client.join();
      }

      Set<Long> missing = new TreeSet<>(acknowledged);
      missing.removeAll(storedIds());
      System.out.printf(
          "%d rows acknowledged in commits of %d, %d commits refused meanwhile%n",
          acknowledged.size(), ROWS_PER_COMMIT, refusedCommits.get());
      assertTrue(refusedCommits.get() > 0, "the clients met the stops");
      assertTrue(acknowledged.size() > STOPS * 10_000, "the clients committed throughout");
      assertEquals(
          0,
          missing.size(),
          "rows of acknowledged commits lost, e.g. " + missing.stream().limit(5).toList());
    } finally {
      running.set(false);
      Pitstop.tool(ownServer, "infra", "stop", "database");
    }
  }

  /**
   * Commits rows until told to stop; after a refused or broken commit it goes on on a new session.
   */
  void commitUntilStopped() {
    Connection connection = null;
    while (running.get()) {
      try {
        if (connection == null) {
          connection = connect();
          connection.setAutoCommit(false);
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement insert =
            connection.prepareStatement("insert into committed_row values (?, ?)")) {
          for (int row = 0; row < ROWS_PER_COMMIT; row++) {
            long id = nextId.incrementAndGet();
            ids.add(id);
            insert.setLong(1, id);
            insert.setString(2, "x".repeat(300));
            insert.addBatch();
          }
          insert.executeBatch();
        }
        connection.commit();
        acknowledged.addAll(ids);
      } catch (SQLException refused) {
        refusedCommits.incrementAndGet();
        close(connection);
        connection = null;
        pause();
      }
    }
    close(connection);
  }

  Set<Long> storedIds() throws SQLException {
    Set<Long> stored = new TreeSet<>();
    try (Connection connection = connect();
        Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("select id from committed_row")) {
      while (rows.next()) {
        stored.add(rows.getLong(1));
      }
    }
    return stored;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(
        Database.url(PORT, DATABASE) + ";CACHE_SIZE=65536", Database.USER, password);
  }

  static void close(Connection connection) {
    try {
      if (connection != null) {
        connection.close();
      }
    } catch (SQLException ignored) {
      // the server went away under it
    }
  }

  static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
