package nl.pitstop.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.pitstop.messages.EventCodec;
import nl.pitstop.messages.IntegrationEvent;
import nl.pitstop.messages.MaintenanceJobPlanned;
import nl.pitstop.messages.WorkshopPlanningCreated;
import nl.pitstop.testing.Database;
import nl.pitstop.testing.HttpJson;

/**
 * How long the workshop API takes to load a planning with 10, 1,000 and 10,000 events, with its
 * snapshot and without it, against the running system ({@code ./pitstop start}).
 *
 * <p>For each size it writes all but the last event of a far-future day straight into the event
 * store (valid events, flagged as published so that the handlers are not flooded), plans the last
 * job through the API, which takes the snapshot when the version reaches a multiple of the snapshot
 * interval (50), then times {@code GET /api/workshopplanning/{day}/jobs/{jobId}} (which loads the
 * whole planning but answers one job), first with the snapshot and then after deleting it. Reports
 * medians and the ratio without/with, measured in the same run.
 */
public final class PlanningLoadBenchmark {

  private static final HttpJson WORKSHOP =
      new HttpJson(
          URI.create(System.getProperty("pitstop.workshop.url", "http://localhost:5200/")));
  private static final String EVENT_STORE =
      System.getProperty("pitstop.eventstore.url", Database.url("workshopeventstore"));
  private static final int ROUNDS = Integer.getInteger("rounds", 31);

  private PlanningLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes =
        args.length == 0
            ? List.of(10, 1_000, 10_000)
            : Arrays.stream(args).map(Integer::valueOf).toList();
    List<String> rows = new ArrayList<>();
    rows.add(
        "| events | with snapshot (ms, median) | without snapshot (ms, median) | without / with |");
    rows.add("|---:|---:|---:|---:|");
    try (Connection db =
        DriverManager.getConnection(EVENT_STORE, Database.USER, Database.password())) {
      for (int size : sizes) {
        LocalDate day =
            LocalDate.of(3000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300_000));
        seed(db, day, size - 1);
        UUID lastJob = planLastJob(day, size);
        String path = "api/workshopplanning/" + day + "/jobs/" + lastJob;
        double with = medianMillis(path);
        boolean hadSnapshot = deleteSnapshot(db, day);
        double without = medianMillis(path);
        rows.add(
            String.format(
                Locale.ROOT,
                "| %,d | %.2f%s | %.2f | %.2f |",
                size,
                with,
                hadSnapshot ? "" : " (no snapshot below 50 events)",
                without,
                without / with));
      }
    }
    String table = String.join(System.lineSeparator(), rows);
    System.out.println(table);
    Path out =
        Path.of(System.getProperty("benchmark.out", "target/benchmarks"), "planning-load.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table + System.lineSeparator());
    System.out.println("Written to " + out.toAbsolutePath());
  }

  /** Writes the day's first {@code events} events: the planning's start and 8-second jobs. */
  static void seed(Connection db, LocalDate day, int events) throws SQLException {
    db.setAutoCommit(false);
    try (PreparedStatement stream =
            db.prepareStatement("insert into event_stream (stream_id, version) values (?, ?)");
        PreparedStatement event =
            db.prepareStatement(
                "insert into stored_event (stream_id, version, event_type, message_id, data,"
                    + " recorded_at, published) values (?, ?, ?, ?, ?, ?, true)")) {
      stream.setString(1, day.toString());
      stream.setInt(2, events);
      stream.executeUpdate();
      for (int version = 1; version <= events; version++) {
        IntegrationEvent stored =
            version == 1
                ? new WorkshopPlanningCreated(UUID.randomUUID(), day)
                : job(day, version - 2, UUID.randomUUID());
        event.setString(1, day.toString());
        event.setInt(2, version);
        event.setString(3, stored.messageType());
        event.setString(4, stored.messageId().toString());
        event.setString(5, EventCodec.toJson(stored));
        event.setTimestamp(6, Timestamp.from(Instant.now()));
        event.addBatch();
        if (version % 500 == 0) {
          event.executeBatch();
        }
      }
      event.executeBatch();
      db.commit();
    } finally {
      db.setAutoCommit(true);
    }
  }

  static MaintenanceJobPlanned job(LocalDate day, int index, UUID jobId) {
    LocalDateTime start = day.atStartOfDay().plusSeconds(8L * index);
    return new MaintenanceJobPlanned(
        UUID.randomUUID(),
        jobId,
        start,
        start.plusSeconds(8),
        new MaintenanceJobPlanned.CustomerInfo("c" + index, "Customer " + index, "0612345678"),
        new MaintenanceJobPlanned.VehicleInfo(
            "AB-" + (index % 999 + 1) + "-CD", "Volkswagen", "Tiguan"),
        "Maintenance job " + index);
  }

  /** Plans the {@code size}th event through the API, after the seeded jobs. */
  static UUID planLastJob(LocalDate day, int size) {
    UUID jobId = UUID.randomUUID();
    LocalDateTime start = day.atStartOfDay().plusSeconds(8L * (size - 1));
    String body =
        """
        {"jobId": "%s", "startTime": "%s", "endTime": "%s",
         "customerInfo": {"id": "bench", "name": "Benchmark", "telephoneNumber": "0612345678"},
         "vehicleInfo": {"licenseNumber": "ZZ-999-ZZ", "brand": "Volkswagen", "type": "Tiguan"},
         "description": "the last event"}
        """
            .formatted(jobId, start.withNano(0), start.plusSeconds(8).withNano(0));
    HttpResponse<String> planned = WORKSHOP.post("api/workshopplanning/" + day + "/jobs", body);
    if (planned.statusCode() != 201) {
      throw new IllegalStateException("Planning the last job failed: " + planned.body());
    }
    return jobId;
  }

  static boolean deleteSnapshot(Connection db, LocalDate day) throws SQLException {
    try (PreparedStatement delete =
        db.prepareStatement("delete from stream_snapshot where stream_id = ?")) {
      delete.setString(1, day.toString());
      return delete.executeUpdate() == 1;
    }
  }

  static double medianMillis(String path) throws IOException {
    for (int i = 0; i < 5; i++) {
      ok(path); // warm-up
    }
    long[] nanos = new long[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      long start = System.nanoTime();
      ok(path);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return nanos[ROUNDS / 2] / 1_000_000.0;
  }

  private static void ok(String path) {
    HttpResponse<String> response = WORKSHOP.get(path);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
  }
}
