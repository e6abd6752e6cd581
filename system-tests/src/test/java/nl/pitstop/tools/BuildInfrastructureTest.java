package nl.pitstop.tools;

import static nl.pitstop.tools.LocalTool.PITSTOP;
import static nl.pitstop.tools.LocalTool.freePort;
import static nl.pitstop.tools.LocalTool.listening;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The infrastructure the modules of one Maven build share for their integration tests ({@code
 * ./pitstop infra start --for-build}, docs/testing.md), run with the real run tool and a real mail
 * sink on ports of their own: the first module of a build starts it from empty data, the next ones
 * find it running with their data, it stops when the build's Maven process ends however it ends,
 * and the next build starts from empty data again.
 *
 * <p>A stand-in plays the build: a shell whose command line names Maven's launcher, as the Maven
 * JVM's does, and which runs the tool as the build's exec plugin does, as its child.
 */
class BuildInfrastructureTest {

  static final Duration SETTLE = Duration.ofMinutes(2);

  @TempDir Path home;
  final int smtpPort = freePort();
  final int apiPort = freePort();
  Process build;

  @AfterEach
  void stopWhatIsLeft() throws Exception {
    if (build != null) {
      build.destroyForcibly().waitFor();
      // its watcher stops the mail sink and is done when it has removed the build's pid
      HttpJson.eventually(
          SETTLE, "the watcher done", () -> !Files.exists(home.resolve("run/build.pid")));
    }
    tool("infra", "stop", "mail").waitFor(60, TimeUnit.SECONDS);
  }

  @Test
  void sharedWithinABuildFromEmptyDataAndStoppedWhenTheBuildEnds() throws Exception {
    Path output = home.resolve("first-build.log");
    build = standInBuild(output);
    HttpJson.eventually(
        SETTLE, "the first build's modules ran", () -> contains(output, "modules done"));
    String log = Files.readString(output);
    assertTrue(log.contains("from empty data"), log);
    assertTrue(log.contains("mail sink already running"), "the second module found it: " + log);
    assertTrue(
        Files.exists(home.resolve("data/left-by-the-first-module")),
        "the second module's start kept the first module's data: " + log);
    assertTrue(listening(smtpPort));

    build.destroyForcibly().waitFor(); // the build ends, as an interrupted one does
    HttpJson.eventually(
        SETTLE,
        "the mail sink stopped after the build",
        () -> !listening(smtpPort) && !Files.exists(home.resolve("run/build.pid")));
    assertFalse(Files.exists(home.resolve("run/greenmail.pid")));

    Path leftOver = Files.createFile(home.resolve("data/left-by-the-first-build"));
    Path second = home.resolve("second-build.log");
    build = standInBuild(second);
    HttpJson.eventually(
        SETTLE, "the second build's modules ran", () -> contains(second, "modules done"));
    assertTrue(Files.readString(second).contains("from empty data"));
    assertFalse(Files.exists(leftOver), "the next build starts from empty data");
    assertNotEquals(
        Files.readString(output).lines().filter(l -> l.contains("runs until")).toList(),
        Files.readString(second).lines().filter(l -> l.contains("runs until")).toList(),
        "each build owns its infrastructure");
    assertTrue(listening(smtpPort));
  }

  /**
   * In a parallel build (-T) a second module may ask while the first module's start is still under
   * way: it must wait for that start and find the parts ready, never start them a second time nor
   * go on to its tests before they listen.
   */
  @Test
  void aSecondModuleAskingDuringTheFirstsStartFindsItReady() throws Exception {
    Path output = home.resolve("parallel-build.log");
    build =
        standInBuild(
            output,
            "{ \"$0\" infra start --for-build mail & }",
            // the first module has launched the mail sink, which is not listening yet
            "until [ -s \"$PITSTOP_HOME/run/greenmail.pid\" ]; do sleep 0.02; done",
            "\"$0\" infra start --for-build mail",
            "{ { : </dev/tcp/127.0.0.1/$SMTP_PORT; } 2>/dev/null && echo second module found it listening; true; }",
            "wait",
            "echo modules done",
            "exec sleep 600");
    HttpJson.eventually(SETTLE, "both modules' starts ran", () -> contains(output, "modules done"));
    String log = Files.readString(output);
    assertTrue(log.contains("second module found it listening"), log);
    assertEquals(1, occurrences(log, "from empty data"), log);
    assertEquals(1, occurrences(log, "mail sink (GreenMail) SMTP on"), "started once: " + log);
    assertEquals(1, occurrences(log, "mail sink already running"), "found once: " + log);
  }

  @Test
  void refusedOutsideAMavenBuild() throws Exception {
    // This test runs under Maven: the tool is started from a subshell that leaves it orphaned, so
    // that no Maven is among its ancestors.
    Path output = home.resolve("outside.log");
    ProcessBuilder builder =
        new ProcessBuilder(
            "bash",
            "-c",
            "(\"$0\" infra start --for-build mail >\"$1\" 2>&1; echo \"exit $?\" >>\"$1\") &",
            PITSTOP.toString(),
            output.toString());
    environment(builder);
    assertEquals(0, builder.start().waitFor());
    HttpJson.eventually(SETTLE, "the tool's answer", () -> contains(output, "exit "));
    String log = Files.readString(output);
    assertTrue(log.contains("run it from a Maven build") && log.contains("exit 1"), log);
    assertFalse(listening(smtpPort));
  }

  /**
   * A stand-in for one Maven build with two modules that need the mail sink: the first starts it
   * and leaves a file in its data, the second starts it again; then the build goes on (sleeps)
   * until the test ends it.
   */
  Process standInBuild(Path output) throws IOException {
    return standInBuild(
        output,
        "\"$0\" infra start --for-build mail",
        "touch \"$PITSTOP_HOME/data/left-by-the-first-module\"",
        "\"$0\" infra start --for-build mail",
        "echo modules done",
        "exec sleep 600");
  }

  /** A stand-in build that runs these steps, one after the other ("$0" is the run tool). */
  Process standInBuild(Path output, String... steps) throws IOException {
    String modules = String.join(" && ", steps);
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                "-c",
                "exec -a org.codehaus.plexus.classworlds.launcher.Launcher bash -c '"
                    + modules
                    + "' \"$0\"",
                PITSTOP.toString())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    environment(builder);
    return builder.start();
  }

  Process tool(String... arguments) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
            Stream.concat(Stream.of(PITSTOP.toString()), Stream.of(arguments)).toList());
    environment(builder);
    return builder.start();
  }

  void environment(ProcessBuilder builder) {
    builder.environment().put("PITSTOP_HOME", home.toString());
    builder.environment().put("SMTP_PORT", String.valueOf(smtpPort));
    builder.environment().put("MAIL_API_PORT", String.valueOf(apiPort));
  }

  static boolean contains(Path file, String text) {
    try {
      return Files.exists(file) && Files.readString(file).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  static int occurrences(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
