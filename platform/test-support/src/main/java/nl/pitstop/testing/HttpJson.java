package nl.pitstop.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** A server's HTTP API as black-box tests use it: requests, JSON and problem bodies, waiting. */
public final class HttpJson {

  /** Over HTTPS where the servers serve it, trusting the local service CA ({@link ServiceTls}). */
  private static final HttpClient HTTP =
      ServiceTls.trusting(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))).build();

  private final URI base;
  private final String user;
  private final List<String> roles;

  /**
   * A client that calls as a member of staff with every role, with a staff token ({@link Staff}).
   *
   * @param base the server's root, e.g. {@code http://localhost:5100/}
   */
  public HttpJson(URI base) {
    this(base, "test-staff", Staff.ALL_ROLES);
  }

  private HttpJson(URI base, String user, List<String> roles) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.user = user;
    this.roles = List.copyOf(roles);
  }

  /** The same server, called as this user holding only these roles. */
  public HttpJson as(String user, String... roles) {
    return new HttpJson(base, user, List.of(roles));
  }

  /** The same server, called without a token. */
  public HttpJson anonymous() {
    return new HttpJson(base, null, List.of());
  }

  public URI base() {
    return base;
  }

  public URI uri(String path) {
    return base.resolve(path);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  public HttpResponse<String> post(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /**
   * Sends the request with this client's staff token, unless it carries an Authorization header of
   * its own or this client is {@linkplain #anonymous() anonymous}.
   */
  public HttpResponse<String> send(HttpRequest.Builder request) {
    HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
    if (user != null && built.headers().firstValue("Authorization").isEmpty()) {
      built =
          HttpRequest.newBuilder(built, (name, value) -> true)
              .header("Authorization", Staff.bearer(user, roles))
              .build();
    }
    try {
      return HTTP.send(built, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Every item of a paged list ({@code page} and {@code size} parameters, docs/adr/0019), read page
   * by page, 200 at a time.
   *
   * @param path the list's path, with or without a query of its own
   */
  public List<JsonObject> everyPage(String path) {
    List<JsonObject> items = new java.util.ArrayList<>();
    String separator = path.contains("?") ? "&" : "?";
    for (int page = 0; ; page++) {
      List<JsonObject> onPage =
          ok(get(path + separator + "page=" + page + "&size=200")).asJsonArray().stream()
              .map(JsonObject.class::cast)
              .toList();
      items.addAll(onPage);
      if (onPage.size() < 200) {
        return items;
      }
    }
  }

  /** The JSON body of a response. */
  public static JsonStructure json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).read();
  }

  /** The JSON body of a response that must be 200 OK. */
  public static JsonStructure ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return json(response);
  }

  /** The problem body of an error response, checking its media type. */
  public static JsonObject problem(HttpResponse<String> response) {
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElseThrow(),
        response.body());
    return json(response).asJsonObject();
  }

  /** The checks of {@code /health/ready} by name, with their status; the server must be ready. */
  public Map<String, String> readinessChecks() {
    return ok(get("health/ready")).asJsonObject().getJsonArray("checks").stream()
        .map(JsonObject.class::cast)
        .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
  }

  /** The paths of the server's OpenAPI document. */
  public Set<String> openApiPaths() {
    return ok(get("openapi?format=JSON")).asJsonObject().getJsonObject("paths").keySet();
  }

  /** Waits until {@code /health/ready} answers 200. */
  public void awaitReady(Duration limit) throws InterruptedException {
    eventually(
        limit,
        base + " ready",
        () -> {
          try {
            return HTTP.send(
                        HttpRequest.newBuilder(uri("health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding())
                    .statusCode()
                == 200;
          } catch (IOException notYet) {
            return false;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
        });
  }

  /** Polls until the condition holds; returns how long it took. */
  public static Duration eventually(Duration limit, String what, BooleanSupplier condition)
      throws InterruptedException {
    Instant start = Instant.now();
    Instant deadline = start.plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(what + " did not happen within " + limit);
      }
      Thread.sleep(200);
    }
    return Duration.between(start, Instant.now());
  }
}
