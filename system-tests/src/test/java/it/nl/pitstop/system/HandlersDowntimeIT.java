package it.nl.pitstop.system;

import static it.nl.pitstop.system.CustomerRegistrationFlowIT.PROPAGATION;
import static it.nl.pitstop.system.CustomerRegistrationFlowIT.auditEntriesOf;
import static it.nl.pitstop.system.CustomerRegistrationFlowIT.inReferenceData;
import static it.nl.pitstop.system.CustomerRegistrationFlowIT.referenceDataCount;
import static it.nl.pitstop.system.CustomerRegistrationFlowIT.register;
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
 * The handlers server down for a while and back, as an update of its pod leaves it, then restarted:
 *
 * <ul>
 *   <li>a customer registered while it is down reaches the audit log and the workshop's reference
 *       data once after the start, and the one handled before the stop is not handled again;
 *   <li>the time service remembers the last day it announced: its table rewound three days while
 *       the server is down, it announces every day it missed, once, in order;
 *   <li>a restart after that handles nothing again and announces nothing again.
 * </ul>
 *
 * One stop, one start and one restart serve all three (each start of this server is the costliest
 * of the system's, docs/testing.md).
 */
class HandlersDowntimeIT {

  @Test
  void whatHappenedWhileDownIsHandledOnceAfterTheStartAndARestartRepeatsNothing() throws Exception {
    String before = register("Downtime, before");
    HttpJson.eventually(
        PROPAGATION,
        "the customer of before the stop in the audit log",
        () -> auditEntriesOf(before).size() == 1);
    // The server's zone is this machine's zone (no PITSTOP_TIME_ZONE in the test run).
    LocalDate today = LocalDate.now();
    Instant rewound = Instant.now();

    Pitstop.tool("server", "stop", "handlers");
    String whileDown = register("Downtime, while down");
    rewindTheTimeServiceThreeDays(today);
    Pitstop.tool("server", "start", "handlers");

    HttpJson.eventually(
        PROPAGATION,
        "customer registered while down in the reference data",
        () -> inReferenceData(whileDown));
    HttpJson.eventually(
        PROPAGATION,
        "event of while down in the audit log",
        () -> auditEntriesOf(whileDown).size() == 1);
    assertEquals(
        1, auditEntriesOf(before).size(), "the event of before the stop duplicated or lost");
    assertEquals(1, referenceDataCount(before));
    assertEquals(1, referenceDataCount(whileDown));
    List<LocalDate> missed = List.of(today.minusDays(2), today.minusDays(1), today);
    for (LocalDate day : missed) {
      HttpJson.eventually(
          Duration.ofSeconds(30),
          "DayHasPassed of " + day + " audited",
          () -> audited(day, rewound) == 1);
    }
    assertEquals(missed.stream().map(LocalDate::toString).toList(), announcedDays());
    int total = HttpJson.ok(HANDLERS.get("api/auditlog?size=500")).asJsonArray().size();

    Pitstop.tool("server", "restart", "handlers");
    Thread.sleep(3_000); // time for any redelivery to arrive and for the timer's first run

    assertEquals(total, HttpJson.ok(HANDLERS.get("api/auditlog?size=500")).asJsonArray().size());
    for (String customer : List.of(before, whileDown)) {
      assertEquals(1, auditEntriesOf(customer).size(), customer);
      assertEquals(1, referenceDataCount(customer), customer);
    }
    for (LocalDate day : missed) {
      assertEquals(1, audited(day, rewound), "announced once: " + day);
    }
    assertEquals(missed.stream().map(LocalDate::toString).toList(), announcedDays());
  }

  /**
   * As if the time service had last announced a day three days ago: in one transaction, so that a
   * running time service sees the table before or after, never empty.
   */
  static void rewindTheTimeServiceThreeDays(LocalDate today) throws SQLException {
    try (Connection connection = timeService();
        PreparedStatement rewind =
            connection.prepareStatement(
                "insert into announced_day (announced_date, message_id, announced_at)"
                    + " values (?, null, current_timestamp)")) {
      connection.setAutoCommit(false);
      connection.createStatement().executeUpdate("delete from announced_day");
      rewind.setObject(1, today.minusDays(3));
      rewind.executeUpdate();
      connection.commit();
    }
  }

  static Connection timeService() throws SQLException {
    return Database.connect("timeservice");
  }

  static List<String> announcedDays() throws SQLException {
    try (Connection connection = timeService();
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
}
