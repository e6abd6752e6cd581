package it.nl.pitstop.openshift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import nl.pitstop.openshift.Manifests;
import nl.pitstop.openshift.Scripts;
import nl.pitstop.openshift.Server;
import nl.pitstop.openshift.ServerConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each image as its Containerfile lays it out, started by a real Liberty with the environment the
 * dev overlay gives it. There is no container engine here, so the image's file system is assembled
 * by following the Containerfile's COPY instructions ({@code /opt/ol/wlp/usr/...} and {@code
 * /config/...} become a Liberty user directory), and the server is started from the module's
 * Liberty runtime with {@code WLP_USER_DIR} pointing there. What an image build would add beyond
 * that ({@code features.sh}, {@code configure.sh}) is not exercised: the runtime here has every
 * feature.
 *
 * <p>The environment is the overlay's, key for key; only the values that name the cluster's hosts
 * point at the local broker, database (H2 instead of SQL Server) and mail sink, which the build
 * started for the modules' integration tests.
 */
class ContainerLayoutIT {

  /** Values for this machine, for the keys the dev overlay sets. */
  static final Map<String, String> LOCAL =
      Map.ofEntries(
          Map.entry("DB_VENDOR", "h2"),
          Map.entry("DB_HOST", "localhost"),
          Map.entry("DB_PORT", "9092"),
          Map.entry("DB_USER", "sa"),
          Map.entry("DB_PASSWORD", localDatabasePassword()),
          Map.entry("BROKER_HOST", "localhost"),
          Map.entry("BROKER_PORT", "61616"),
          Map.entry("BROKER_USER", "pitstop"),
          Map.entry("BROKER_PASSWORD", "pitstop"),
          Map.entry("SMTP_HOST", "localhost"),
          Map.entry("SMTP_PORT", "3025"),
          Map.entry("SMTP_USER", "pitstop"),
          Map.entry("SMTP_PASSWORD", "pitstop"),
          Map.entry("CUSTOMER_API_URL", "http://localhost:5100/api"),
          Map.entry("VEHICLE_API_URL", "http://localhost:5000/api"),
          Map.entry("WORKSHOP_API_URL", "http://localhost:5200/api"),
          Map.entry("HANDLERS_API_URL", "http://localhost:5300/api"));

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  static List<Server> servers;

  @BeforeAll
  static void readTheDevOverlayAndMigrate() throws Exception {
    servers =
        Server.in(
            Manifests.render("overlays/dev"),
            "dev",
            Scripts.imagesBuilt(),
            Scripts.secretsStartAllCreates());
    migrateEveryImagesDatabasesWithItsOwnCommand();
  }

  static Server server(String image) {
    return servers.stream().filter(s -> s.image().equals(image)).findFirst().orElseThrow();
  }

  /** The databases (migrations folder = database) each image's migration command is given. */
  static final Map<String, List<String>> DATABASES =
      Map.of(
          "customer-api", List.of("customer"),
          "vehicle-api", List.of("vehicle"),
          "workshop-api", List.of("workshopeventstore"),
          "handlers", List.of("auditlog", "workshop", "notification", "invoicing", "timeservice"),
          "webapp", List.of());

  /** What each image's schema migration command printed, by server name. */
  static final Map<String, Migration> MIGRATIONS = new HashMap<>();

  /** What one run of an image's migration command gave. */
  record Migration(int status, String output) {}

  /**
   * The schema migration command of every image with databases, from the image's own layout (its
   * jars, its migrations, the JDBC drivers of its shared resources) as a DDL login would run it
   * before the server starts (docs/adr/0018). Runs before the tests: the servers validate the
   * schema it makes, and H2 creates a database with the account of its first connection, so the
   * databases must exist before a server logs in with a wrong password.
   */
  static void migrateEveryImagesDatabasesWithItsOwnCommand() throws Exception {
    for (Server server : servers) {
      Path userDir = layOut(server);
      Path tool = userDir.getParent().resolve("opt/pitstop/schema");
      if (Files.isDirectory(tool)) {
        MIGRATIONS.put(server.name(), migrate(tool, userDir, DATABASES.get(server.image())));
      }
    }
  }

  static Migration migrate(Path tool, Path userDir, List<String> databases) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                String.join(
                    java.io.File.pathSeparator,
                    tool.toString(),
                    tool.resolve("lib/*").toString(),
                    userDir.resolve("shared/resources/jdbc/*").toString()),
                "nl.pitstop.support.schema.MigrateCommand"));
    for (String database : databases) {
      command.add(
          database
              + "=jdbc:h2:tcp://localhost:9092/"
              + database
              + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("DB_USER", LOCAL.get("DB_USER"));
    builder.environment().put("DB_PASSWORD", LOCAL.get("DB_PASSWORD"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    return new Migration(process.waitFor(), output);
  }

  @Test
  void everyImageWithDatabasesMigratesThemWithItsOwnCommand() {
    for (Server server : servers) {
      List<String> databases = DATABASES.get(server.image());
      assertEquals(databases, server.config().schemaMigrations(), server.name());
      Migration migration = MIGRATIONS.get(server.name());
      assertEquals(!databases.isEmpty(), migration != null, server.name() + " has the command");
      if (migration == null) {
        continue;
      }
      assertEquals(0, migration.status(), server.name() + ": " + migration.output());
      for (String database : databases) {
        assertTrue(
            migration.output().contains("Schema of " + database + " at version "),
            server.name() + ": " + migration.output());
      }
    }
  }

  /**
   * The web app's image carries the token tool an operator runs inside its pod
   * (openshift/README.md, "Calling the APIs"): from the image's layout, with a key pair made here,
   * it prints a staff token for the user and roles given, signed with that key, for the minutes
   * given.
   */
  @Test
  void theWebAppImageSignsAStaffTokenWithTheKeyInThePod() throws Exception {
    Path userDir = layOut(server("webapp"));
    Path tool = userDir.getParent().resolve("opt/pitstop/tools/tokens.jar");
    assertTrue(Files.isRegularFile(tool), "the image's token tool: " + tool);
    java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    java.security.KeyPair keys = generator.generateKeyPair();
    Path key = Files.createTempFile("jwt-private", ".pem");
    Files.writeString(
        key,
        "-----BEGIN PRIVATE KEY-----\n"
            + java.util.Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                tool.toString(),
                "nl.pitstop.tokens.StaffTokens",
                key.toString(),
                "pitstop-webapp",
                "15",
                "ops@example.com",
                "admin")
            .start();
    String token = new String(process.getInputStream().readAllBytes()).strip();
    assertEquals(0, process.waitFor(), new String(process.getErrorStream().readAllBytes()));
    Files.delete(key);

    String[] parts = token.split("\\.");
    assertEquals(3, parts.length, token);
    java.security.Signature rs256 = java.security.Signature.getInstance("SHA256withRSA");
    rs256.initVerify(keys.getPublic());
    rs256.update((parts[0] + "." + parts[1]).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertTrue(rs256.verify(java.util.Base64.getUrlDecoder().decode(parts[2])), "signed");
    String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
    assertTrue(claims.contains("\"sub\":\"ops@example.com\""), claims);
    assertTrue(claims.contains("\"groups\":[\"admin\"]"), claims);
    assertTrue(claims.contains("\"iss\":\"pitstop-webapp\""), claims);
  }

  /**
   * All five at once, as the dev overlay's pods start: each has its own port and databases, and
   * together they take about half the time of one after the other on two cores.
   */
  @Test
  void everyImageStartsAndGetsReadyWithTheEnvironmentOfTheDevOverlay() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(servers.size());
    try {
      List<Future<?>> started = new ArrayList<>();
      for (Server server : servers) {
        started.add(pool.submit(() -> startsAndGetsReady(server)));
      }
      for (Future<?> each : started) {
        try {
          each.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw e;
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static Void startsAndGetsReady(Server server) throws InterruptedException {
    Map<String, String> environment = localEnvironment(server);
    try (Running running = start(server, environment)) {
      assertEquals(
          200,
          running.awaitReadiness(Duration.ofMinutes(3)).statusCode(),
          server.name() + " ready");
      List<String> ready =
          running.consoleLog().lines().filter(l -> l.contains("CWWKF0011I")).toList();
      assertEquals(1, ready.size(), server.name() + ": " + running.consoleLog());
      assertTrue(
          ready.get(0).startsWith("{") && ready.get(0).contains("\"type\":\"liberty_message\""),
          server.name() + " logs JSON lines (LOG_FORMAT=JSON): " + ready.get(0));
      // the overlay's PITSTOP_SCHEMA_ACTION=validate: the server checks what the command migrated
      for (String database : DATABASES.get(server.image())) {
        assertTrue(
            running.consoleLog().contains("Schema of " + database + " at version ")
                && running.consoleLog().contains(" (validated)"),
            server.name() + " validated " + database + ": " + running.consoleLog());
      }
    }
    return null;
  }

  /**
   * The databases exist (migrated before the tests), so H2 checks the password the server gives.
   */
  @Test
  void withoutItsDatabasePasswordAnImageDoesNotFallBackToTheLocalDefault() throws Exception {
    Server customer = server("customer-api");
    Map<String, String> environment = localEnvironment(customer);
    // The local run's default password is "pitstop" too: without the variable, the image's
    // server.xml default would log in. The image must not: its login is refused, and the
    // application does not start, since it cannot check its schema (docs/adr/0018).
    environment.remove("DB_PASSWORD");
    try (Running running = start(customer, environment)) {
      String refused = running.awaitLog("CWWKZ0002E", Duration.ofMinutes(3));
      assertTrue(refused.contains("database customer"), refused);
      assertTrue(refused.contains("Wrong user name or password"), refused);
      assertEquals(503, running.readiness().statusCode());
    }
  }

  @Test
  void withoutItsBrokerPasswordAnImageDoesNotFallBackToTheLocalDefault() throws Exception {
    Server customer = server("customer-api");
    Map<String, String> environment = localEnvironment(customer);
    environment.remove("BROKER_PASSWORD");
    try (Running running = start(customer, environment)) {
      running.awaitStarted(Duration.ofMinutes(3));
      // The broker is not part of an API's readiness (docs/adr/0015); its status shows the login.
      HttpResponse<String> broker = running.get("/status/broker");
      assertEquals(503, broker.statusCode(), broker.body());
    }
  }

  /** The overlay's environment for the server, with this machine's values. */
  static Map<String, String> localEnvironment(Server server) {
    Map<String, String> environment = new HashMap<>();
    server
        .environment()
        .forEach(
            (key, value) -> {
              String local = LOCAL.getOrDefault(key, value);
              assertTrue(
                  !local.equals("(secret)") && !local.contains(".svc"),
                  server.name() + ": no local value for " + key);
              environment.put(key, local);
            });
    return environment;
  }

  /** A server started from an image layout; stopped (and its layout kept for a look) on close. */
  record Running(Path wlp, Path userDir, Map<String, String> environment, int port)
      implements AutoCloseable {

    HttpResponse<String> readiness() throws IOException, InterruptedException {
      return get("/health/ready");
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .timeout(Duration.ofSeconds(10))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> awaitReadiness(Duration timeout) throws InterruptedException {
      return await(timeout, "/health/ready", 200);
    }

    void awaitStarted(Duration timeout) throws InterruptedException {
      await(timeout, "/health/started", 200);
    }

    private HttpResponse<String> await(Duration timeout, String path, int status)
        throws InterruptedException {
      Instant deadline = Instant.now().plus(timeout);
      HttpResponse<String> last = null;
      while (Instant.now().isBefore(deadline)) {
        try {
          last = get(path);
          if (last.statusCode() == status) {
            return last;
          }
        } catch (IOException notListeningYet) {
          // starting
        }
        Thread.sleep(1000);
      }
      throw new AssertionError(
          path
              + " did not answer "
              + status
              + " within "
              + timeout
              + (last == null ? "" : ": " + last.statusCode() + " " + last.body())
              + "\n"
              + consoleLog());
    }

    /** The first console line with the text, once it is there. */
    String awaitLog(String text, Duration timeout) throws InterruptedException {
      Instant deadline = Instant.now().plus(timeout);
      while (Instant.now().isBefore(deadline)) {
        var line = consoleLog().lines().filter(l -> l.contains(text)).findFirst();
        if (line.isPresent()) {
          return line.get();
        }
        Thread.sleep(1000);
      }
      throw new AssertionError("no " + text + " within " + timeout + "\n" + consoleLog());
    }

    String consoleLog() {
      Path log = userDir.resolve("servers/defaultServer/logs/console.log");
      try {
        return Files.exists(log) ? Files.readString(log) : "(no console.log)";
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      server(wlp, userDir, environment, "stop");
    }
  }

  /** Lays out the server's image and starts it. */
  static Running start(Server server, Map<String, String> environment) {
    ServerConfig config = server.config();
    Path wlp = config.module.resolve("target/liberty/wlp");
    if (!Files.isDirectory(wlp)) {
      throw new IllegalStateException(
          wlp + " is missing: build the modules first (./mvnw package)");
    }
    Path userDir = layOut(server);
    // health on the management port where the server has one (the web app), else on its only one
    Running running = new Running(wlp, userDir, environment, config.managementPort());
    server(wlp, userDir, environment, "start");
    return running;
  }

  /**
   * Lays out the server's image as its Containerfile's COPY lines say, from the build context its
   * .dockerignore leaves; returns its user dir. The image has no H2 driver (production's database
   * is SQL Server; docs/adr/0021), which is asserted; then, for this machine's database, the layout
   * gets the local H2 driver beside the image's own.
   */
  static Path layOut(Server server) {
    ServerConfig config = server.config();
    Path module = config.module;
    Path userDir = module.resolve("target/container-layout/usr");
    deleteRecursively(userDir.getParent());
    List<java.nio.file.PathMatcher> ignored = ignoredByTheBuildContext(module);
    for (String copy : config.containerfileLines("COPY")) {
      List<String> arguments = new ArrayList<>(List.of(copy.split(" ")));
      arguments.removeIf(a -> a.startsWith("--"));
      String destination = arguments.remove(arguments.size() - 1);
      for (String source : arguments) {
        copy(module, module.resolve(source), target(userDir, destination), ignored);
      }
    }
    Path jdbc = userDir.resolve("shared/resources/jdbc");
    assertFalse(Files.exists(jdbc.resolve("h2.jar")), server.name() + ": H2 in the image");
    if (Files.isDirectory(jdbc)) { // an image with databases
      assertTrue(Files.isRegularFile(jdbc.resolve("mssql-jdbc.jar")), server.name() + ": " + jdbc);
      copy(
          module,
          module.resolve("target/liberty/wlp/usr/shared/resources/jdbc/h2.jar"),
          jdbc,
          List.of());
    }
    return userDir;
  }

  /** The files the module's .dockerignore keeps out after its exceptions (lines without '!'). */
  static List<java.nio.file.PathMatcher> ignoredByTheBuildContext(Path module) {
    try {
      return Files.readAllLines(module.resolve(".dockerignore")).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!"))
          .filter(line -> !line.equals("*"))
          .map(line -> java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + line))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where a path of the image lies in the layout: the Liberty user directory, /config, and
   * /opt/pitstop (the schema migration command) beside the user directory.
   */
  static Path target(Path userDir, String imagePath) {
    if (imagePath.startsWith("/opt/ol/wlp/usr/")) {
      return userDir.resolve(imagePath.substring("/opt/ol/wlp/usr/".length()));
    }
    if (imagePath.startsWith("/opt/pitstop/")) {
      return userDir.getParent().resolve(imagePath.substring(1));
    }
    if (imagePath.startsWith("/config/")) {
      return userDir.resolve("servers/defaultServer").resolve(imagePath.substring(8));
    }
    throw new IllegalStateException("the Containerfile copies to " + imagePath);
  }

  /**
   * COPY's rules: a folder's contents into the destination, a file into a folder ending in /; files
   * the build context leaves out are not copied.
   */
  static void copy(
      Path module, Path source, Path destination, List<java.nio.file.PathMatcher> ignored) {
    try {
      if (Files.isDirectory(source)) {
        try (Stream<Path> files = Files.walk(source)) {
          for (Path file :
              files
                  .filter(Files::isRegularFile)
                  .filter(f -> ignored.stream().noneMatch(i -> i.matches(module.relativize(f))))
                  .toList()) {
            Path to = destination.resolve(source.relativize(file).toString());
            Files.createDirectories(to.getParent());
            Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      } else if (Files.isRegularFile(source)) {
        Files.createDirectories(destination);
        Files.copy(
            source,
            destination.resolve(source.getFileName().toString()),
            StandardCopyOption.REPLACE_EXISTING);
      } else {
        throw new IllegalStateException(
            "the Containerfile copies " + source + ", which is missing");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void server(Path wlp, Path userDir, Map<String, String> environment, String action) {
    ProcessBuilder builder =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), action, "defaultServer")
            .redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.keySet()
        .removeIf(
            k ->
                k.startsWith("DB_")
                    || k.startsWith("BROKER_")
                    || k.startsWith("SMTP_")
                    || k.startsWith("CUSTOMER_API"));
    env.putAll(environment);
    env.put("WLP_USER_DIR", userDir.toString());
    // How this machine runs a Liberty for a minute (./pitstop's FAST_START_OPTS), not part of the
    // image: C1 only and the serial collector, so that C2 does not spend the two cores compiling
    env.put("JVM_ARGS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    try {
      Process process = builder.start();
      String out = new String(process.getInputStream().readAllBytes());
      int status = process.waitFor();
      if (action.equals("start") && status != 0) {
        throw new IllegalStateException("server start exited with " + status + ": " + out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void deleteRecursively(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This checkout's local database password, made by ./pitstop (docs/adr/0021). */
  static String localDatabasePassword() {
    try {
      return java.nio.file.Files.readString(
              Manifests.root().resolve(".pitstop/secrets/db.password"))
          .strip();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("run ./pitstop first", e);
    }
  }
}
