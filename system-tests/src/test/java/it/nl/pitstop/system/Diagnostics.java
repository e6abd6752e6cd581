package it.nl.pitstop.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a failed wait leaves behind for whoever reads the build: a thread dump of every running
 * Liberty server, the broker's queue statistics, its consumers and, per handler subscription, which
 * consumer holds which message group. Written to {@code target/diagnostics/<time>-<what>/}; a
 * failure to capture one part is written in its place and never hides the test's own failure.
 */
final class Diagnostics {

  static final List<String> SUBSCRIPTIONS =
      List.of("auditlog", "workshop-projection", "notification", "invoicing");

  private static final List<String> MODULES =
      List.of("customer-war", "vehicle-war", "workshop-war", "handlers-ear/ear", "webapp-faces");

  private Diagnostics() {}

  /**
   * @param what why the capture is taken, e.g. "the outboxes empty and every event handled"
   * @return the folder written
   */
  static Path capture(String what) {
    Path folder =
        Path.of("target", "diagnostics")
            .resolve(
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss"))
                    + "-"
                    + what.replaceAll("[^A-Za-z0-9]+", "-"));
    try {
      Files.createDirectories(folder);
      threadDumps(folder);
      serverLogs(folder);
      write(folder.resolve("queue-stat.txt"), () -> queueStat());
      write(
          folder.resolve("consumers.json"),
          () -> BrokerConsole.exec(BrokerConsole.BROKER, "listAllConsumersAsJSON()"));
      for (String subscription : SUBSCRIPTIONS) {
        write(
            folder.resolve("groups-" + subscription + ".json"),
            () ->
                BrokerConsole.exec(BrokerConsole.subscription(subscription), "listGroupsAsJSON()"));
      }
    } catch (IOException e) {
      System.err.println("diagnostics not written to " + folder + ": " + e);
    }
    System.err.println("diagnostics of '" + what + "' in " + folder.toAbsolutePath());
    return folder;
  }

  private interface Part {
    String read() throws Exception;
  }

  private static void write(Path file, Part part) throws IOException {
    String text;
    try {
      text = part.read();
    } catch (Exception e) {
      text = "not captured: " + e;
    }
    Files.writeString(file, text);
  }

  /** One {@code jcmd Thread.print} per server whose pid the run tool recorded. */
  private static void threadDumps(Path folder) throws IOException {
    Path run = Path.of(System.getProperty("pitstop.home")).resolve("run");
    if (!Files.isDirectory(run)) {
      return;
    }
    List<Path> pids = new ArrayList<>();
    try (Stream<Path> files = Files.list(run)) {
      files.filter(f -> f.getFileName().toString().matches("server-.*\\.pid")).forEach(pids::add);
    }
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    for (Path pidFile : pids) {
      String name = pidFile.getFileName().toString().replace(".pid", "");
      write(
          folder.resolve("threads-" + name + ".txt"),
          () -> run(List.of(jcmd.toString(), Files.readString(pidFile).trim(), "Thread.print")));
    }
  }

  /** Each server's current messages.log, of the first instances and of those in own folders. */
  private static void serverLogs(Path folder) throws IOException {
    Path root = Path.of(System.getProperty("pitstop.root"));
    List<Path> serverFolders = new ArrayList<>();
    for (String module : MODULES) {
      serverFolders.addAll(
          children(root.resolve(module).resolve("target/liberty/wlp/usr/servers")));
    }
    serverFolders.addAll(
        children(Path.of(System.getProperty("pitstop.home")).resolve("instances")));
    for (Path server : serverFolders) {
      Path log = server.resolve("logs/messages.log");
      if (Files.isRegularFile(log)) {
        Files.copy(log, folder.resolve("messages-" + server.getFileName() + ".log"));
      }
    }
  }

  private static List<Path> children(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isDirectory).toList();
    }
  }

  private static String queueStat() throws Exception {
    Path artemis = Path.of(System.getProperty("pitstop.home")).resolve("tools/artemis/bin/artemis");
    return run(
        List.of(
            artemis.toString(),
            "queue",
            "stat",
            "--user",
            "pitstop",
            "--password",
            "pitstop",
            "--url",
            nl.pitstop.testing.Broker.url()));
  }

  private static String run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    return new String(output, StandardCharsets.UTF_8);
  }
}
