package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The whole system as the README's run command starts it (the build runs {@code ./pitstop start}
 * before these tests, with its state in target/pitstop-it), driven from outside.
 */
final class Pitstop {

  static final URI CUSTOMER = URI.create("http://localhost:5100/");
  static final URI WORKSHOP = URI.create("http://localhost:5200/");
  static final URI HANDLERS = URI.create("http://localhost:5300/");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Pitstop() {}

  static HttpResponse<String> get(URI server, String path) {
    return send(HttpRequest.newBuilder(server.resolve(path)).GET());
  }

  static HttpResponse<String> post(URI server, String path, String json) {
    return send(
        HttpRequest.newBuilder(server.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static JsonStructure json(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Json.createReader(new StringReader(response.body())).read();
  }

  /** Polls until the condition holds; returns how long it took. */
  static Duration eventually(Duration limit, String what, Supplier<Boolean> condition)
      throws InterruptedException {
    Instant start = Instant.now();
    Instant deadline = start.plus(limit);
    while (!condition.get()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(what + " did not happen within " + limit);
      }
      Thread.sleep(200);
    }
    return Duration.between(start, Instant.now());
  }

  /** Runs the README's tooling, e.g. {@code server restart handlers}. */
  static void tool(String... arguments) throws IOException, InterruptedException {
    Path root = Path.of(System.getProperty("pitstop.root"));
    String[] command = new String[arguments.length + 1];
    command[0] = root.resolve("pitstop").toString();
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put("PITSTOP_HOME", System.getProperty("pitstop.home"));
    Process process = builder.start();
    assertEquals(0, process.waitFor(), "pitstop " + String.join(" ", arguments) + " failed");
  }
}
