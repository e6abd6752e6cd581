package nl.pitstop.tools;

import static nl.pitstop.tools.LocalTool.PITSTOP;
import static nl.pitstop.tools.LocalTool.freePort;
import static nl.pitstop.tools.LocalTool.listening;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./pitstop server kill} returns only when the killed server has let go of its port, so that
 * a start right after it (as the fault tests do) does not find the port in use. A SIGKILLed JVM's
 * main thread is a zombie at once, while its other threads still end and its sockets are still
 * open; the tool once returned in that window, and {@code HandlersCrashIT}'s restart failed with
 * "port 5300 (server handlers) is in use".
 *
 * <p>The server is a stand-in started as the tool starts its servers (in a session and process
 * group of its own, its pid in the tool's pid file), holding a port and a pre-touched 1 GB heap,
 * whose teardown takes about a tenth of a second after the kill.
 */
class ServerKillTest {

  @TempDir Path home;
  final int port = freePort();
  Process server;

  @AfterEach
  void stopTheStandIn() throws InterruptedException {
    if (server != null) {
      server.destroyForcibly().waitFor();
    }
  }

  @Test
  void aKilledServerHasClosedItsPortWhenTheKillReturns() throws Exception {
    Path run = Files.createDirectories(home.resolve("run"));
    Path output = home.resolve("stand-in.log");
    server =
        new ProcessBuilder(
                "setsid",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms1g",
                "-Xmx1g",
                "-XX:+AlwaysPreTouch",
                "-cp",
                System.getProperty("java.class.path"),
                StandInServer.class.getName(),
                String.valueOf(port))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    Files.writeString(run.resolve("server-customer.pid"), String.valueOf(server.pid()));
    HttpJson.eventually(Duration.ofSeconds(30), "the stand-in listening", () -> listening(port));

    ProcessBuilder kill =
        new ProcessBuilder(PITSTOP.toString(), "server", "kill", "customer")
            .redirectErrorStream(true);
    kill.environment().put("PITSTOP_HOME", home.toString());
    Process tool = kill.start();
    String said = new String(tool.getInputStream().readAllBytes());
    assertEquals(0, tool.waitFor(), said);

    assertFalse(listening(port), "the port is closed when the kill returns: " + said);
    assertFalse(Files.exists(run.resolve("server-customer.pid")), said);
    assertTrue(server.waitFor(10, TimeUnit.SECONDS), "the stand-in is gone");
  }

  /** Holds a port on 127.0.0.1 until it is killed. */
  public static final class StandInServer {
    public static void main(String[] arguments) throws IOException, InterruptedException {
      try (ServerSocket socket =
          new ServerSocket(Integer.parseInt(arguments[0]), 50, InetAddress.getLoopbackAddress())) {
        Thread.sleep(Duration.ofMinutes(10).toMillis());
      }
    }
  }
}
