package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import nl.pitstop.testing.HttpJson;
import nl.pitstop.testing.ServiceTls;

/**
 * The whole system as the README's run command starts it (the build runs {@code ./pitstop start}
 * before these tests, with its state in target/pitstop-it), driven from outside.
 */
public final class Pitstop {

  /** The web app's ports, which stay plain HTTP on this machine (docs/adr/0024). */
  static final Set<Integer> WEB_APP_PORTS = Set.of(7005, 7085);

  public static final HttpJson CUSTOMER = server(5100);
  public static final HttpJson VEHICLE = server(5000);
  public static final HttpJson WORKSHOP = server(5200);
  public static final HttpJson HANDLERS = server(5300);

  private Pitstop() {}

  /**
   * The server on this port: an API over HTTPS as the system tests run them ({@link ServiceTls}),
   * the web app in plain HTTP.
   */
  static HttpJson server(int port) {
    return new HttpJson(
        WEB_APP_PORTS.contains(port) ? ServiceTls.http(port) : ServiceTls.api(port));
  }

  /** Runs the README's tooling, e.g. {@code server restart handlers}. */
  public static void tool(String... arguments) throws IOException, InterruptedException {
    tool(environment -> {}, arguments);
  }

  /**
   * Runs the README's tooling with an environment changed by {@code environment}, e.g. {@code env
   * -> env.put("CUSTOMER_API_VERSION", "2")} with {@code server restart customer}: a server the
   * tool starts gets the tool's environment, and Liberty reads its settings from it. The state
   * folder is the system's unless {@code environment} names another ({@code PITSTOP_HOME}).
   */
  public static void tool(Consumer<Map<String, String>> environment, String... arguments)
      throws IOException, InterruptedException {
    Path root = Path.of(System.getProperty("pitstop.root"));
    String[] command = new String[arguments.length + 1];
    command[0] = root.resolve("pitstop").toString();
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put("PITSTOP_HOME", System.getProperty("pitstop.home"));
    environment.accept(builder.environment());
    Process process = builder.start();
    assertEquals(0, process.waitFor(), "pitstop " + String.join(" ", arguments) + " failed");
  }

  /**
   * Runs {@code server ACTION NAME ARGUMENTS...} for each of the servers at once and waits for all,
   * e.g. the second instances of three servers started together: their starts overlap, as a
   * deployment's pods do.
   */
  public static void serversAtOnce(List<String> servers, String action, String... arguments)
      throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(servers.size());
    try {
      List<Callable<Void>> runs =
          servers.stream()
              .<Callable<Void>>map(
                  server ->
                      () -> {
                        String[] command = new String[arguments.length + 3];
                        command[0] = "server";
                        command[1] = action;
                        command[2] = server;
                        System.arraycopy(arguments, 0, command, 3, arguments.length);
                        tool(command);
                        return null;
                      })
              .toList();
      for (Future<Void> run : executor.invokeAll(runs)) {
        try {
          run.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error error) {
            throw error; // a failed assertion: the tool's exit status
          }
          throw (Exception) e.getCause();
        }
      }
    } finally {
      executor.shutdownNow();
    }
  }
}
