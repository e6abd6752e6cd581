package it.nl.pitstop.system;

import static it.nl.pitstop.system.Pitstop.HANDLERS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.pitstop.testing.Database;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.Test;

/**
 * The time service remembers the last day it announced: after downtime it announces every day it
 * missed, once, in order, and a restart announces nothing again.
 */
class TimeServiceCatchUpIT {

  static Connection database() throws SQLException {
    return Database.connect("timeservice");
  }

  static List<String> announcedDays() throws SQLException {
    try (Connection connection = database();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "select announced_date from announced_day where message_id is not null"
                        + " order by announced_date")) {
      List<String> days = new ArrayList<>();
      while (rows.next()) {
        days.add(rows.getString(1));
      }
      return days;
    }
  }

  /**
   * How many announcements of the day the audit log received since the moment (other tests announce
   * the same days).
   */
  static int audited(LocalDate day, Instant since) {
    return HttpJson.ok(
            HANDLERS.get("api/auditlog?type=DayHasPassed&aggregateId=" + day + "&from=" + since))
        .asJsonArray()
        .size();
  }

  @Test
  void theDaysMissedWhileDownAreAnnouncedOnceEach() throws Exception {
    // The server's zone is this machine's zone (no PITSTOP_TIME_ZONE in the test run).
    LocalDate today = LocalDate.now();
    Instant rewound = Instant.now();
    Pitstop.tool("server", "stop", "handlers");
    try (Connection connection = database();
        PreparedStatement rewind =
            connection.prepareStatement(
                "insert into announced_day (announced_date, message_id, announced_at)"
                    + " values (?, null, current_timestamp)")) {
      connection.createStatement().executeUpdate("delete from announced_day");
      rewind.setObject(1, today.minusDays(3));
      rewind.executeUpdate();
    }

    Pitstop.tool("server", "start", "handlers");

    List<LocalDate> missed = List.of(today.minusDays(2), today.minusDays(1), today);
    for (LocalDate day : missed) {
      HttpJson.eventually(
          Duration.ofSeconds(30),
          "DayHasPassed of " + day + " audited",
          () -> audited(day, rewound) == 1);
    }
    assertEquals(missed.stream().map(LocalDate::toString).toList(), announcedDays());

    Pitstop.tool("server", "restart", "handlers");
    Thread.sleep(3_000); // the timer's first run, right after the start, has happened

    for (LocalDate day : missed) {
      assertEquals(1, audited(day, rewound), "announced once: " + day);
    }
    assertEquals(missed.stream().map(LocalDate::toString).toList(), announcedDays());
  }
}
