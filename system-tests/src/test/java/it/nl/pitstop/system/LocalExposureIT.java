package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.pitstop.testing.Database;
import org.junit.jupiter.api.Test;

/**
 * What the local run lets others on the machine and the network do (docs/adr/0021): every part
 * listens on 127.0.0.1 only, and the database server makes no database of its own and takes only
 * this checkout's password, so no one who reaches its port can create a database and run code in it
 * (CREATE ALIAS).
 */
@SideBySide
class LocalExposureIT {

  /** The ports of the README's table: servers, broker and its console, database, mail, traces. */
  static final Map<Integer, String> PORTS =
      Map.ofEntries(
          Map.entry(5100, "customer"),
          Map.entry(5000, "vehicle"),
          Map.entry(5200, "workshop"),
          Map.entry(5300, "handlers"),
          Map.entry(7005, "webapp"),
          Map.entry(7085, "webapp health and metrics"),
          Map.entry(61616, "broker"),
          Map.entry(8161, "broker console"),
          Map.entry(9092, "database"),
          Map.entry(3025, "SMTP sink"),
          Map.entry(4000, "mail API"),
          Map.entry(9411, "traces"));

  /** 127.0.0.1, as /proc/net/tcp writes it, and as /proc/net/tcp6 writes ::ffff:127.0.0.1. */
  static final List<String> LOOPBACK =
      List.of("0100007F", "0000000000000000FFFF00000100007F", "00000000000000000000000001000000");

  @Test
  void everyPartListensOnThisMachineOnly() throws IOException {
    Path tcp = Path.of("/proc/net/tcp");
    assumeTrue(Files.isReadable(tcp), "the listening sockets are read from Linux's /proc/net");
    Map<String, String> listening = new TreeMap<>();
    for (Path table : List.of(tcp, Path.of("/proc/net/tcp6"))) {
      if (!Files.isReadable(table)) {
        continue;
      }
      List<String> lines = Files.readAllLines(table); // read once: the table changes all the time
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.trim().split("\\s+");
        String[] local = fields[1].split(":");
        int port = Integer.parseInt(local[1], 16);
        if (fields[3].equals("0A") && PORTS.containsKey(port)) { // 0A: LISTEN
          listening.merge(PORTS.get(port) + " (" + port + ")", local[0], (a, b) -> a + "," + b);
        }
      }
    }
    assertEquals(PORTS.size(), listening.size(), "every part listens: " + listening);
    List<String> open = new ArrayList<>();
    listening.forEach(
        (part, addresses) -> {
          for (String address : addresses.split(",")) {
            if (!LOOPBACK.contains(address)) {
              open.add(part + " on " + address);
            }
          }
        });
    assertEquals(List.of(), open, "parts that listen beyond 127.0.0.1");
  }

  @Test
  void theDatabaseServerMakesNoDatabaseAndTakesOnlyThisCheckoutsPassword() throws SQLException {
    SQLException made =
        assertThrows(
            SQLException.class,
            () -> DriverManager.getConnection(Database.url("made-by-someone"), "sa", "x").close());
    assertEquals(90149, made.getErrorCode(), "database not found: " + made.getMessage());
    SQLException former =
        assertThrows(
            SQLException.class,
            () -> DriverManager.getConnection(Database.url("customer"), "sa", "pitstop").close());
    assertEquals(28000, former.getErrorCode(), "wrong password: " + former.getMessage());
    try (Connection customer = Database.connect("customer")) {
      assertTrue(customer.isValid(5), "this checkout's password opens the database");
    }
  }
}
