package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import nl.pitstop.testing.HttpJson;

/**
 * The whole system as the README's run command starts it (the build runs {@code ./pitstop start}
 * before these tests, with its state in target/pitstop-it), driven from outside.
 */
public final class Pitstop {

  public static final HttpJson CUSTOMER = new HttpJson(URI.create("http://localhost:5100/"));
  public static final HttpJson VEHICLE = new HttpJson(URI.create("http://localhost:5000/"));
  public static final HttpJson WORKSHOP = new HttpJson(URI.create("http://localhost:5200/"));
  public static final HttpJson HANDLERS = new HttpJson(URI.create("http://localhost:5300/"));

  private Pitstop() {}

  static HttpJson server(int port) {
    return new HttpJson(URI.create("http://localhost:" + port + "/"));
  }

  /** Runs the README's tooling, e.g. {@code server restart handlers}. */
  public static void tool(String... arguments) throws IOException, InterruptedException {
    tool(environment -> {}, arguments);
  }

  /**
   * Runs the README's tooling with an environment changed by {@code environment}, e.g. {@code env
   * -> env.put("CUSTOMER_API_VERSION", "2")} with {@code server restart customer}: a server the
   * tool starts gets the tool's environment, and Liberty reads its settings from it.
   */
  public static void tool(Consumer<Map<String, String>> environment, String... arguments)
      throws IOException, InterruptedException {
    Path root = Path.of(System.getProperty("pitstop.root"));
    String[] command = new String[arguments.length + 1];
    command[0] = root.resolve("pitstop").toString();
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    environment.accept(builder.environment());
    builder.environment().put("PITSTOP_HOME", System.getProperty("pitstop.home"));
    Process process = builder.start();
    assertEquals(0, process.waitFor(), "pitstop " + String.join(" ", arguments) + " failed");
  }
}
