package it.nl.pitstop.customer;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.microshed.testing.ApplicationEnvironment;

/** The customer server as MicroShed resolves it (manual mode: the server the build started). */
final class Api {

  static final URI BASE =
      URI.create(ApplicationEnvironment.Resolver.load().getApplicationURL() + "/");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Api() {}

  static HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(BASE.resolve(path)).GET());
  }

  static HttpResponse<String> post(String path, String body) {
    return send(
        HttpRequest.newBuilder(BASE.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static HttpResponse<String> send(HttpRequest.Builder request) {
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
    return Json.createReader(new StringReader(response.body())).read();
  }

  /** Waits until the server reports ready (database and broker reachable). */
  static void awaitReady() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> ready =
            HTTP.send(
                HttpRequest.newBuilder(BASE.resolve("health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // the server is still starting
      }
      Thread.sleep(500);
    }
    fail("the customer server did not become ready");
  }
}
