package nl.pitstop.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pitstop.testing.Database;
import nl.pitstop.testing.Staff;

/**
 * The system's sustained end-to-end throughput against the broker's own persistent ceiling,
 * measured in one run on this machine against the running system ({@code ./pitstop start}).
 *
 * <ol>
 *   <li>Start-up: stops the five Liberty servers, runs {@code ./pitstop start --no-build} and times
 *       each server until its {@code /health/ready} answers 200 (skipped with {@code
 *       -Dbenchmark.restart=false}); the servers get the JVM options of the environment ({@code
 *       PITSTOP_JVM_OPTS}, {@code PITSTOP_HEAP}), by default those of the README; then it waits
 *       {@code benchmark.settle} seconds (20) for the servers' start-up work to end.
 *   <li>Ceiling: Artemis' own {@code perf client}, one producer sending persistent 1 KiB messages
 *       to a topic with four durable subscribers (the system's fan-out: every customer registration
 *       and planned job reaches four handlers), then deletes its address and subscriptions; {@code
 *       benchmark.ceiling-runs} times (3) while the servers are idle, the median used for the
 *       ratio.
 *   <li>Load: {@code benchmark.clients} closed-loop HTTP clients (a list, such as 1,4,16,64, gives
 *       one load after the other: the latency curve), each alternately registering a new customer
 *       and planning a job (on a day of its own, one-minute slots one after another, {@code
 *       benchmark.jobs-per-day} on a day, for a customer and vehicle registered beforehand), for
 *       {@code benchmark.warmup} plus {@code benchmark.duration} seconds; then waits until every
 *       accepted request's event has been processed by all four handlers that subscribe to it
 *       (audit log, workshop projection, notification, invoicing), read from their own databases.
 * </ol>
 *
 * <p>An event is processed end to end at the latest of its handlers' timestamps ({@code
 * audit_entry.received_at}, {@code processed_message.handled_at}); its latency is that minus the
 * moment the client received the API's 2xx. Throughput is the number of events processed end to end
 * inside the measuring window (after the warm-up) per second; the ratio divides it by the ceiling's
 * sent rate (messages per second the broker took persistently and delivered to four durable
 * subscribers: the same unit as one event).
 */
public final class EndToEndBenchmark {

  private static final Path HOME =
      Path.of(System.getProperty("pitstop.home", ".pitstop")).toAbsolutePath();
  private static final Path PITSTOP =
      Path.of(System.getProperty("pitstop.command", HOME.resolveSibling("pitstop").toString()));
  private static final Path OUT =
      Path.of(System.getProperty("benchmark.out", "target/benchmarks"), "end-to-end.md");
  private static final String BROKER_URL =
      System.getProperty("pitstop.broker.url", "tcp://localhost:61616");

  /**
   * The numbers of clients to load the system with, one load after the other ({@code
   * benchmark.clients}, "16"; "1,4,16,64" gives the latency curve).
   */
  private static final List<Integer> CLIENT_COUNTS =
      Arrays.stream(System.getProperty("benchmark.clients", "16").split(","))
          .map(String::strip)
          .map(Integer::valueOf)
          .toList();

  /** How many times the broker's ceiling is measured; the median is the one the ratio uses. */
  private static final int CEILING_RUNS = Integer.getInteger("benchmark.ceiling-runs", 3);

  /**
   * How many jobs a client plans on one day before it moves to the next ({@code
   * benchmark.jobs-per-day}, 24: a busy day of a garage with three bays). Runs before 2026-12-03
   * 19:00 planned up to 1,440 on one day, so that a planning command's cost (the day's events read,
   * the day returned) grew with the length of the run.
   */
  private static final int JOBS_PER_DAY = Integer.getInteger("benchmark.jobs-per-day", 24);

  private static final int WARMUP = Integer.getInteger("benchmark.warmup", 20);
  private static final int DURATION = Integer.getInteger("benchmark.duration", 60);
  private static final int PERF_DURATION = Integer.getInteger("benchmark.perf.duration", 20);
  private static final int SETTLE = Integer.getInteger("benchmark.settle", 20);
  private static final boolean H2_STATS = Boolean.getBoolean("benchmark.h2-stats");
  private static final List<String> DATABASES =
      List.of(
          "customer",
          "vehicle",
          "workshopeventstore",
          "workshop",
          "auditlog",
          "notification",
          "invoicing");

  /**
   * How many handlers servers consume the events ({@code benchmark.handlers}, 1): the second and
   * further run as {@code ./pitstop server start handlers --instance N}, replicas sharing the
   * handlers' durable subscriptions.
   */
  private static final int HANDLERS = Integer.getInteger("benchmark.handlers", 1);

  private static final boolean RESTART =
      Boolean.parseBoolean(System.getProperty("benchmark.restart", "true"));
  private static final String PERF_ADDRESS = "perf.bench";

  /** name, port, in the start order of {@code ./pitstop}. */
  private static final Map<String, Integer> SERVERS = new LinkedHashMap<>();

  static {
    SERVERS.put("customer", 5100);
    SERVERS.put("vehicle", 5000);
    SERVERS.put("workshop", 5200);
    SERVERS.put("handlers", 5300);
    SERVERS.put("webapp", 7085); // its health is on its management port
  }

  /** The handlers' tables and their timestamp: each records every message it processed. */
  private static final Map<String, String> HANDLER_TABLES =
      Map.of(
          "auditlog",
              "select message_id, received_at from audit_entry where event_time >= ?"
                  + " and received_at >= ?",
          "workshop", "select message_id, handled_at from processed_message where handled_at >= ?",
          "notification",
              "select message_id, handled_at from processed_message where handled_at >= ?",
          "invoicing",
              "select message_id, handled_at from processed_message where handled_at >= ?");

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private EndToEndBenchmark() {}

  record Request(String kind, String key, Instant sent, Instant accepted, int status) {}

  record Ceiling(double sentPerSecond, double receivedPerSecond, double sendP50, double sendP99) {}

  public static void main(String[] args) throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("JVM options of the servers: " + jvmOptions());
    lines.add(
        String.format(
            Locale.ROOT,
            "Load: %s clients (one load after the other), each %d s warm-up and %d s measured,"
                + " %d jobs per day; ceiling: perf client %d s, %d runs; handlers servers: %d",
            CLIENT_COUNTS.stream().map(String::valueOf).collect(Collectors.joining(", ")),
            WARMUP,
            DURATION,
            JOBS_PER_DAY,
            PERF_DURATION,
            CEILING_RUNS,
            HANDLERS));
    lines.add("");
    Map<String, Double> ready = RESTART ? restartAll() : Map.of();
    for (int instance = 2; instance <= HANDLERS; instance++) {
      run(
          List.of(PITSTOP.toString(), "server", "start", "handlers", "--instance", "" + instance),
          Duration.ofMinutes(5));
    }
    Thread.sleep(SETTLE * 1000L); // the servers finish their start-up work (JIT, pools, timers)
    Map<String, Long> idleRss = rss();

    List<Ceiling> ceilings = new ArrayList<>();
    for (int run = 0; run < CEILING_RUNS; run++) {
      ceilings.add(ceiling());
      System.out.printf(Locale.ROOT, "Ceiling: %s%n", ceilings.get(run));
    }
    Ceiling ceiling = median(ceilings);

    if (H2_STATS) {
      h2Statistics(true);
    }
    List<Result> results = new ArrayList<>();
    for (int clients : CLIENT_COUNTS) {
      results.add(load(clients));
      System.out.printf(Locale.ROOT, "%d clients: %s%n", clients, results.get(results.size() - 1));
    }
    Map<String, Long> loadedRss = rss();

    lines.add("| broker ceiling (1 producer, 4 durable subscribers) | each run | median |");
    lines.add("|---|---:|---:|");
    lines.add(ceilingRow("sent (msg/s)", ceilings, ceiling, c -> fmt("%,.0f", c.sentPerSecond)));
    lines.add(
        ceilingRow(
            "received (msg/s, all 4 subscribers)",
            ceilings,
            ceiling,
            c -> fmt("%,.0f", c.receivedPerSecond)));
    lines.add(
        ceilingRow(
            "send latency p50 / p99 (ms)",
            ceilings,
            ceiling,
            c -> fmt("%.2f / %.1f", c.sendP50, c.sendP99)));
    lines.add("");
    lines.addAll(loadHeader("measure", results));
    lines.add(
        loadRow(
            "requests accepted (2xx/s, in the window)",
            results,
            r -> fmt("%,.1f", r.acceptedPerSecond)));
    lines.add(
        loadRow(
            "events processed by all handlers (events/s, in the window)",
            results,
            r -> fmt("%,.1f", r.processedPerSecond)));
    lines.add(
        loadRow(
            "throughput / median ceiling sent",
            results,
            r -> fmt("%.3f", r.processedPerSecond / ceiling.sentPerSecond)));
    lines.add(
        loadRow(
            "latency 2xx → last handler p50 / p99 (ms)",
            results,
            r -> fmt("%,.0f / %,.0f", r.p50, r.p99)));
    lines.add(
        loadRow(
            "HTTP latency (request → 2xx) p50 / p99 (ms)",
            results,
            r -> fmt("%,.1f / %,.1f", r.httpP50, r.httpP99)));
    lines.add(
        loadRow(
            "CPU per event processed, servers and infrastructure (ms, in the window)",
            results,
            r -> fmt("%.1f", r.perEvent(r.systemCpuSeconds()))));
    lines.add(loadRow("failed requests (non-2xx or error)", results, r -> "" + r.failed));
    lines.add(loadRow("drain after the load (s)", results, r -> fmt("%.1f", r.drainSeconds)));
    lines.add("");
    lines.add("| server | ready after start (s) | RSS idle (MiB) | RSS after the load (MiB) |");
    lines.add("|---|---:|---:|---:|");
    for (String server : serverNames()) {
      Double seconds = ready.get(server);
      lines.add(
          String.format(
              Locale.ROOT,
              "| %s | %s | %d | %d |",
              server,
              seconds == null ? "-" : String.format(Locale.ROOT, "%.1f", seconds),
              idleRss.getOrDefault(server, -1L) / 1024,
              loadedRss.getOrDefault(server, -1L) / 1024));
    }
    if (!ready.isEmpty()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "| all | %.1f | %d | %d |",
              ready.values().stream().mapToDouble(Double::doubleValue).max().orElse(0),
              idleRss.values().stream().mapToLong(Long::longValue).sum() / 1024,
              loadedRss.values().stream().mapToLong(Long::longValue).sum() / 1024));
    }
    for (int instance = 2; instance <= HANDLERS; instance++) {
      run(
          List.of(PITSTOP.toString(), "server", "stop", "handlers", "--instance", "" + instance),
          Duration.ofMinutes(2));
    }
    lines.add("");
    lines.addAll(loadHeader("process (group): CPU per event (ms)", results));
    for (String name : results.get(0).cpuSeconds.keySet()) {
      lines.add(
          loadRow(
              name, results, r -> fmt("%.2f", r.perEvent(r.cpuSeconds.getOrDefault(name, 0.0)))));
    }
    if (H2_STATS) {
      lines.add("");
      lines.add("| database | statement time (s) | statements | XA prepares (batches) |");
      lines.add("|---|---:|---:|---:|");
      lines.addAll(h2Statistics(false));
    }
    String table = String.join(System.lineSeparator(), lines);
    System.out.println(table);
    Files.createDirectories(OUT.toAbsolutePath().getParent());
    Files.writeString(OUT, table + System.lineSeparator());
    System.out.println("Written to " + OUT.toAbsolutePath());
  }

  private static String fmt(String format, Object... values) {
    return String.format(Locale.ROOT, format, values);
  }

  /** The header of a table with one column per load, named by its number of clients. */
  private static List<String> loadHeader(String first, List<Result> results) {
    return List.of(
        "| "
            + first
            + " | "
            + results.stream()
                .map(r -> r.clients + (r.clients == 1 ? " client" : " clients"))
                .collect(Collectors.joining(" | "))
            + " |",
        "|---|" + "---:|".repeat(results.size()));
  }

  private static String loadRow(
      String measure, List<Result> results, Function<Result, String> cell) {
    return "| "
        + measure
        + " | "
        + results.stream().map(cell).collect(Collectors.joining(" | "))
        + " |";
  }

  private static String ceilingRow(
      String measure, List<Ceiling> runs, Ceiling median, Function<Ceiling, String> cell) {
    return "| "
        + measure
        + " | "
        + runs.stream().map(cell).collect(Collectors.joining(", "))
        + " | "
        + cell.apply(median)
        + " |";
  }

  /** The run with the median sent rate (of an even number, the lower of the two middle ones). */
  static Ceiling median(List<Ceiling> runs) {
    List<Ceiling> sorted =
        runs.stream().sorted(Comparator.comparingDouble(Ceiling::sentPerSecond)).toList();
    return sorted.get((sorted.size() - 1) / 2);
  }

  private static String jvmOptions() {
    String opts = System.getenv("PITSTOP_JVM_OPTS");
    String heap = System.getenv().getOrDefault("PITSTOP_HEAP", "320m");
    return "`-Xmx"
        + heap
        + " "
        + (opts == null ? "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC (default)" : opts)
        + "`";
  }

  /**
   * Resets H2's query statistics of every database ({@code -Dbenchmark.h2-stats=true}), or reads
   * them: the time the database spent in statements, their number and the XA prepares (one per
   * outbox batch).
   */
  static List<String> h2Statistics(boolean reset) throws SQLException {
    List<String> rows = new ArrayList<>();
    for (String database : DATABASES) {
      try (Connection db = Database.connect(database);
          java.sql.Statement statement = db.createStatement()) {
        if (reset) {
          statement.execute("SET QUERY_STATISTICS_MAX_ENTRIES 5000");
          statement.execute("SET QUERY_STATISTICS FALSE");
          statement.execute("SET QUERY_STATISTICS TRUE");
          continue;
        }
        try (ResultSet sums =
            statement.executeQuery(
                "select sum(cumulative_execution_time), sum(execution_count),"
                    + " sum(case when sql_statement like 'PREPARE COMMIT%' then execution_count"
                    + " else 0 end) from information_schema.query_statistics"
                    // without this benchmark's own queries
                    + " where sql_statement not like 'select message_id%'")) {
          sums.next();
          rows.add(
              String.format(
                  Locale.ROOT,
                  "| %s | %.1f | %,d | %,d |",
                  database,
                  sums.getDouble(1) / 1000,
                  sums.getLong(2),
                  sums.getLong(3)));
        }
        statement.execute("SET QUERY_STATISTICS FALSE");
      }
    }
    return rows;
  }

  // ------------------------------------------------------------------ start-up and memory

  /** Stops the servers, starts them all as {@code ./pitstop start --no-build} does, times each. */
  static Map<String, Double> restartAll() throws Exception {
    for (String server : SERVERS.keySet()) {
      run(List.of(PITSTOP.toString(), "server", "stop", server), Duration.ofSeconds(90));
    }
    long start = System.nanoTime();
    Process starting =
        new ProcessBuilder(PITSTOP.toString(), "start", "--no-build")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    Map<String, Double> ready = new LinkedHashMap<>();
    long deadline = start + TimeUnit.SECONDS.toNanos(400);
    while (ready.size() < SERVERS.size() && System.nanoTime() < deadline) {
      for (Map.Entry<String, Integer> server : SERVERS.entrySet()) {
        if (!ready.containsKey(server.getKey()) && isReady(server.getValue())) {
          ready.put(server.getKey(), (System.nanoTime() - start) / 1e9);
        }
      }
      Thread.sleep(100);
    }
    if (!starting.waitFor(60, TimeUnit.SECONDS) || starting.exitValue() != 0) {
      throw new IllegalStateException("./pitstop start --no-build failed");
    }
    System.out.println("Ready after (s): " + ready);
    return ready;
  }

  private static boolean isReady(int port) {
    try {
      return HTTP.send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                      .timeout(Duration.ofSeconds(2))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException notYet) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The servers, and the further handlers instances of this run ({@code handlers-2}, ...). */
  static List<String> serverNames() {
    List<String> names = new ArrayList<>(SERVERS.keySet());
    for (int instance = 2; instance <= HANDLERS; instance++) {
      names.add("handlers-" + instance);
    }
    return names;
  }

  /** VmRSS (KiB) of each server's process group (the pid file's process and any children). */
  static Map<String, Long> rss() throws IOException {
    Map<String, Long> rss = new LinkedHashMap<>();
    for (String server : serverNames()) {
      Path pidFile = HOME.resolve("run").resolve("server-" + server + ".pid");
      if (!Files.exists(pidFile)) {
        continue;
      }
      long group = Long.parseLong(Files.readString(pidFile).trim());
      long total = 0;
      for (ProcessHandle process : ProcessHandle.allProcesses().toList()) {
        if (process.pid() == group || processGroup(process.pid()) == group) {
          total += vmRss(process.pid());
        }
      }
      rss.put(server, total);
    }
    return rss;
  }

  private static long processGroup(long pid) {
    long[] stat = cpuAndGroup(pid);
    return stat == null ? -1 : stat[1];
  }

  private static long vmRss(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException gone) {
      // ended meanwhile
    }
    return 0;
  }

  // ------------------------------------------------------------------ the broker's ceiling

  static Ceiling ceiling() throws Exception {
    Path artemis = HOME.resolve("tools/artemis/bin/artemis");
    Path report = Files.createTempFile("perf-client", ".json");
    try {
      run(
          List.of(
              artemis.toString(),
              "perf",
              "client",
              "--url",
              BROKER_URL,
              "--user",
              "pitstop",
              "--password",
              "pitstop",
              "--persistent",
              "--durable",
              "--clientID",
              "perfbench",
              "--consumers",
              "4",
              "--max-pending",
              "100",
              "--duration",
              Integer.toString(PERF_DURATION),
              "--warmup",
              "5",
              "--json",
              report.toString(),
              "topic://" + PERF_ADDRESS),
          Duration.ofSeconds(PERF_DURATION + 120L));
      JsonArray samples;
      try (JsonReader reader = Json.createReader(new StringReader(Files.readString(report)))) {
        samples = reader.readArray();
      }
      JsonObject summary = samples.getJsonObject(samples.size() - 1);
      if (!"summary".equals(summary.getString("sampleType"))
          || !"success".equals(summary.getString("result"))) {
        throw new IllegalStateException("perf client failed: " + summary);
      }
      JsonObject sendTime = summary.getJsonObject("totalSendTime");
      return new Ceiling(
          summary.getJsonNumber("totalSent").doubleValue() / PERF_DURATION,
          summary.getJsonNumber("totalReceived").doubleValue() / PERF_DURATION,
          sendTime.getJsonNumber("50").doubleValue() / 1000,
          sendTime.getJsonNumber("99").doubleValue() / 1000);
    } finally {
      Files.deleteIfExists(report);
      // The durable subscriptions outlive the perf client: remove them with their address.
      run(
          List.of(
              artemis.toString(),
              "address",
              "delete",
              "--name",
              PERF_ADDRESS,
              "--force",
              "--url",
              BROKER_URL,
              "--user",
              "pitstop",
              "--password",
              "pitstop"),
          Duration.ofSeconds(60));
    }
  }

  private static void run(List<String> command, Duration limit) throws Exception {
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
  }

  // ------------------------------------------------------------------ the system's load

  record Result(
      int clients,
      double acceptedPerSecond,
      double processedPerSecond,
      double p50,
      double p99,
      double httpP50,
      double httpP99,
      long failed,
      double drainSeconds,
      Map<String, Double> cpuSeconds,
      long processedInWindow) {

    /** CPU seconds spent in the window, per event processed in it, in milliseconds. */
    double perEvent(double cpuSeconds) {
      return 1000 * cpuSeconds / Math.max(1, processedInWindow);
    }

    double systemCpuSeconds() {
      return cpuSeconds.entrySet().stream()
          .filter(e -> !e.getKey().equals(LOAD_GENERATOR))
          .mapToDouble(Map.Entry::getValue)
          .sum();
    }
  }

  /**
   * One client's customer, vehicle and day; it plans one-minute jobs one after another, {@link
   * #JOBS_PER_DAY} on a day, then moves to the next day.
   */
  static final class Client {
    final String customerId = newCustomerId();
    final String plate = newLicenseNumber();
    LocalDate day = LocalDate.of(2400, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300_000));
    int slot;

    String nextJob(UUID jobId) {
      if (slot == JOBS_PER_DAY) {
        day = day.plusDays(1);
        slot = 0;
      }
      LocalDateTime start = day.atStartOfDay().plusMinutes(slot++);
      return """
          {"jobId": "%s", "startTime": "%s", "endTime": "%s",
           "customerInfo": {"id": "%s", "name": "Benchmark Customer", "telephoneNumber": "0612345678"},
           "vehicleInfo": {"licenseNumber": "%s", "brand": "Volkswagen", "type": "Tiguan"},
           "description": "Benchmark job"}
          """
          .formatted(jobId, start, start.plusMinutes(1), customerId, plate);
    }
  }

  static Result load(int clientCount) throws Exception {
    List<Client> clients = new ArrayList<>();
    for (int i = 0; i < clientCount; i++) {
      Client client = new Client();
      expect(201, post(5100, "api/customers", customerBody(client.customerId)));
      expect(
          201,
          post(
              5000,
              "api/vehicles",
              """
              {"licenseNumber": "%s", "brand": "Volkswagen", "type": "Tiguan", "ownerId": "%s"}
              """
                  .formatted(client.plate, client.customerId)));
      clients.add(client);
    }
    for (Client client : clients) {
      await(
          Duration.ofSeconds(60),
          () ->
              get(5200, "api/refdata/vehicles/" + client.plate) == 200
                  && get(5200, "api/refdata/customers/" + client.customerId) == 200);
    }
    Thread.sleep(2000); // the setup's events reach the other handlers too

    Instant loadStart = Instant.now();
    Instant windowStart = loadStart.plusSeconds(WARMUP);
    Instant loadEnd = windowStart.plusSeconds(DURATION);
    ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
    CountDownLatch done = new CountDownLatch(clientCount);
    for (Client client : clients) {
      new Thread(
              () -> {
                try {
                  boolean register = ThreadLocalRandom.current().nextBoolean();
                  while (Instant.now().isBefore(loadEnd)) {
                    requests.add(register ? register() : plan(client));
                    register = !register;
                  }
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    sleepUntil(windowStart);
    Map<String, Long> cpuAtStart = cpuTicks();
    sleepUntil(loadEnd);
    Map<String, Long> cpuAtEnd = cpuTicks();
    done.await();
    System.out.println("Load done; waiting for the handlers");

    Map<String, Request> accepted = new HashMap<>();
    long failed = 0;
    for (Request request : requests) {
      if (request.status / 100 == 2) {
        accepted.put(request.key, request);
      } else {
        failed++;
      }
    }
    Instant drainStart = Instant.now();
    Map<String, Instant> processed = new HashMap<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
    while (true) {
      processed = processed(loadStart, accepted.keySet());
      if (processed.size() >= accepted.size() || System.nanoTime() > deadline) {
        break;
      }
      Thread.sleep(1000);
    }
    double drainSeconds = Duration.between(drainStart, Instant.now()).toMillis() / 1000.0;
    if (processed.size() < accepted.size()) {
      System.out.printf(
          "WARNING: %d of %d accepted events not processed by all handlers%n",
          accepted.size() - processed.size(), accepted.size());
    }

    long acceptedInWindow =
        accepted.values().stream().filter(r -> inWindow(r.accepted, windowStart, loadEnd)).count();
    long processedInWindow =
        processed.values().stream().filter(t -> inWindow(t, windowStart, loadEnd)).count();
    List<Double> latencies = new ArrayList<>();
    List<Double> http = new ArrayList<>();
    for (Request request : accepted.values()) {
      if (inWindow(request.accepted, windowStart, loadEnd)) {
        http.add(Duration.between(request.sent, request.accepted).toNanos() / 1e6);
        Instant last = processed.get(request.key);
        if (last != null) {
          latencies.add(Duration.between(request.accepted, last).toNanos() / 1e6);
        }
      }
    }
    return new Result(
        clientCount,
        acceptedInWindow / (double) DURATION,
        processedInWindow / (double) DURATION,
        percentile(latencies, 50),
        percentile(latencies, 99),
        percentile(http, 50),
        percentile(http, 99),
        failed,
        drainSeconds,
        cpuSeconds(cpuAtStart, cpuAtEnd),
        processedInWindow);
  }

  private static void sleepUntil(Instant moment) throws InterruptedException {
    long millis = Duration.between(Instant.now(), moment).toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }

  // ------------------------------------------------------------------ CPU over the window

  /**
   * The CPU time (user + system, in clock ticks) each process group the run tool started has used
   * so far: the servers (and their further instances), the broker, the database, the mail sink and
   * the trace collector, by their pid files; and this JVM, the load generator.
   */
  static Map<String, Long> cpuTicks() throws IOException {
    Map<String, Long> groups = new LinkedHashMap<>();
    try (var files = Files.list(HOME.resolve("run"))) {
      for (Path pidFile : files.filter(f -> f.toString().endsWith(".pid")).sorted().toList()) {
        groups.put(
            pidFile.getFileName().toString().replace(".pid", "").replace("server-", ""),
            Long.parseLong(Files.readString(pidFile).trim()));
      }
    }
    Map<Long, Long> ticksByGroup = new HashMap<>();
    for (ProcessHandle process : ProcessHandle.allProcesses().toList()) {
      long[] stat = cpuAndGroup(process.pid());
      if (stat != null) {
        ticksByGroup.merge(stat[1], stat[0], Long::sum);
      }
    }
    Map<String, Long> ticks = new LinkedHashMap<>();
    groups.forEach((name, group) -> ticks.put(name, ticksByGroup.getOrDefault(group, 0L)));
    long[] self = cpuAndGroup(ProcessHandle.current().pid());
    ticks.put(LOAD_GENERATOR, self == null ? 0 : self[0]);
    return ticks;
  }

  static final String LOAD_GENERATOR = "load generator (this JVM)";

  /** utime + stime and the process group of a process, or null when it has ended. */
  private static long[] cpuAndGroup(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return new long[] {
        Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long.parseLong(fields[2])
      };
    } catch (IOException | RuntimeException gone) {
      return null;
    }
  }

  private static Map<String, Double> cpuSeconds(Map<String, Long> start, Map<String, Long> end) {
    double hertz = clockTicksPerSecond();
    Map<String, Double> seconds = new LinkedHashMap<>();
    end.forEach((name, ticks) -> seconds.put(name, (ticks - start.getOrDefault(name, 0L)) / hertz));
    return seconds;
  }

  private static double clockTicksPerSecond() {
    try {
      Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
      String out = new String(getconf.getInputStream().readAllBytes()).trim();
      getconf.waitFor();
      return Double.parseDouble(out);
    } catch (IOException | RuntimeException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }

  private static boolean inWindow(Instant t, Instant from, Instant to) {
    return !t.isBefore(from) && t.isBefore(to);
  }

  private static double percentile(List<Double> values, int p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static Request register() {
    String id = newCustomerId();
    return timed("register", id, () -> post(5100, "api/customers", customerBody(id)));
  }

  private static Request plan(Client client) {
    UUID jobId = UUID.randomUUID();
    String body = client.nextJob(jobId);
    return timed(
        "plan",
        jobId.toString(),
        () -> post(5200, "api/workshopplanning/" + client.day + "/jobs", body));
  }

  interface Call {
    int status() throws Exception;
  }

  private static Request timed(String kind, String key, Call call) {
    Instant sent = Instant.now();
    int status;
    try {
      status = call.status();
    } catch (Exception e) {
      status = -1;
    }
    return new Request(kind, key, sent, Instant.now(), status);
  }

  /**
   * The moment each accepted request's event was processed by its last handler, by the request's
   * key (customer id or job id), for those processed by all four.
   */
  static Map<String, Instant> processed(Instant since, java.util.Set<String> keys)
      throws SQLException {
    Map<String, String> messageKeys = new HashMap<>(); // message id -> key
    Map<String, Instant> last = new HashMap<>(); // message id -> latest timestamp
    Map<String, Integer> handlers = new HashMap<>(); // message id -> handlers done
    Timestamp from = Timestamp.from(since);
    try (Connection db = Database.connect("auditlog");
        PreparedStatement query =
            db.prepareStatement(
                // event_time (when the event was published, before it was received) by its index
                "select message_id, message_type, aggregate_id, payload from audit_entry"
                    + " where event_time >= ? and received_at >= ? and message_type in"
                    + " ('CustomerRegistered', 'MaintenanceJobPlanned')")) {
      query.setTimestamp(1, from);
      query.setTimestamp(2, from);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String key =
              rows.getString(2).equals("CustomerRegistered")
                  ? rows.getString(3)
                  : jobId(rows.getString(4));
          if (keys.contains(key)) {
            messageKeys.put(rows.getString(1), key);
          }
        }
      }
    }
    for (Map.Entry<String, String> handler : HANDLER_TABLES.entrySet()) {
      try (Connection db = Database.connect(handler.getKey());
          PreparedStatement query = db.prepareStatement(handler.getValue())) {
        for (int parameter = 1;
            parameter <= query.getParameterMetaData().getParameterCount();
            parameter++) {
          query.setTimestamp(parameter, from);
        }
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            String messageId = rows.getString(1);
            if (messageKeys.containsKey(messageId)) {
              Instant at = rows.getTimestamp(2).toInstant();
              last.merge(messageId, at, (a, b) -> a.isAfter(b) ? a : b);
              handlers.merge(messageId, 1, Integer::sum);
            }
          }
        }
      } catch (SQLException noTableYet) {
        // a handler's tables appear with its first message
      }
    }
    Map<String, Instant> byKey = new HashMap<>();
    for (Map.Entry<String, Instant> message : last.entrySet()) {
      if (handlers.get(message.getKey()) == HANDLER_TABLES.size()) {
        byKey.put(messageKeys.get(message.getKey()), message.getValue());
      }
    }
    return byKey;
  }

  private static String jobId(String payload) {
    try (JsonReader reader = Json.createReader(new StringReader(payload))) {
      return reader.readObject().getString("jobId");
    }
  }

  // ------------------------------------------------------------------ HTTP

  private static String customerBody(String id) {
    return """
        {"customerId": "%s", "name": "Benchmark Customer", "address": "Stationsweg 3",
         "postalCode": "9999 ZZ", "city": "Amsterdam", "telephoneNumber": "0612345678",
         "emailAddress": "benchmark@example.com"}
        """
        .formatted(id);
  }

  private static String newCustomerId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  private static String newLicenseNumber() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder plate = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      plate.append((char) ('A' + random.nextInt(26)));
    }
    plate.append('-').append(random.nextInt(100, 1000)).append('-');
    for (int i = 0; i < 3; i++) {
      plate.append((char) ('A' + random.nextInt(26)));
    }
    return plate.toString();
  }

  private static int post(int port, String path, String json) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                .header("Content-Type", "application/json")
                .header("Authorization", Staff.bearer())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static int get(int port, String path) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                  .header("Authorization", Staff.bearer())
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static void expect(int status, int actual) {
    if (actual != status) {
      throw new IllegalStateException("expected " + status + ", got " + actual);
    }
  }

  interface Condition {
    boolean holds();
  }

  private static void await(Duration limit, Condition condition) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("setup did not reach the workshop within " + limit);
      }
      Thread.sleep(200);
    }
  }
}
