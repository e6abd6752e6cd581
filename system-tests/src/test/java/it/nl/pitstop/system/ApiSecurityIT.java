package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.pitstop.testing.HttpJson;
import nl.pitstop.testing.Staff;
import nl.pitstop.tokens.StaffTokens;
import org.junit.jupiter.api.Test;

/**
 * The APIs trust only staff tokens (docs/adr/0011). Every operation of every API's OpenAPI document
 * is called without a token, with forged, expired and foreign tokens (401 with a problem body and a
 * Bearer challenge), with a token of a role it does not allow (403 with a problem body) and with a
 * role it allows (neither). Health stays open.
 */
@SideBySide
class ApiSecurityIT {

  /** An API operation and the roles that may call it. */
  record Operation(int port, String method, String path, Set<String> allowed) {

    String url() {
      return path.replaceAll("\\{planningDate}", "2031-03-03")
          .replaceAll("\\{[^}]+}", "x")
          .substring(1);
    }

    @Override
    public String toString() {
      return method + " :" + port + path;
    }
  }

  static final Set<String> OFFICE = Set.of("office");
  static final Set<String> PLANNING = Set.of("office", "mechanic");

  /** Who may call what: the role rules of docs/adr/0011. */
  static Set<String> allowed(int port, String method, String path) {
    return switch (port) {
      case 5100, 5000 -> OFFICE;
      case 5200 -> {
        if (method.equals("POST")) {
          yield OFFICE;
        }
        yield method.equals("PUT") ? Set.of("mechanic") : PLANNING;
      }
      case 5300 -> Set.of("admin");
      default -> throw new IllegalArgumentException("port " + port);
    };
  }

  static List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (int port : List.of(5100, 5000, 5200, 5300)) {
      JsonObject paths =
          HttpJson.ok(Pitstop.server(port).get("openapi?format=JSON"))
              .asJsonObject()
              .getJsonObject("paths");
      new TreeMap<>(paths)
          .forEach(
              (path, item) ->
                  item.asJsonObject().keySet().stream()
                      .filter(m -> Set.of("get", "post", "put", "delete").contains(m))
                      .map(String::toUpperCase)
                      .forEach(
                          m ->
                              operations.add(
                                  new Operation(port, m, path, allowed(port, m, path)))));
    }
    return operations;
  }

  static HttpResponse<String> call(HttpJson client, Operation operation, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(client.uri(operation.url()))
            .header("Content-Type", "application/json")
            .method(
                operation.method(),
                operation.method().equals("GET")
                    ? HttpRequest.BodyPublishers.noBody()
                    // a field no request has: refused (400) by whoever may call, so nothing happens
                    : HttpRequest.BodyPublishers.ofString("{\"notAField\":1}"));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request);
  }

  static void assertUnauthorized(HttpResponse<String> answer, String what) {
    assertEquals(401, answer.statusCode(), what + ": " + answer.body());
    JsonObject problem = HttpJson.problem(answer);
    assertEquals(401, problem.getInt("status"), what);
    assertTrue(
        answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
        what + " challenges for a bearer token: " + answer.headers().map());
  }

  @Test
  void everyOperationRefusesCallsWithoutAValidStaffToken() throws Exception {
    List<Operation> operations = operations();
    assertTrue(operations.size() >= 15, "operations: " + operations);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    StaffTokens forger =
        new StaffTokens(
            generator.generateKeyPair().getPrivate(), Staff.ISSUER, Duration.ofMinutes(5));
    List<String> all = Staff.ALL_ROLES;
    Map<String, String> tokens = new TreeMap<>();
    tokens.put("signed with another key", forger.sign("mallory", all, Instant.now()));
    tokens.put(
        "expired",
        StaffTokens.fromPemFile(
                Staff.secrets().resolve("jwt-private.pem"), Staff.ISSUER, Duration.ofMinutes(5))
            .sign("late", all, Instant.now().minus(Duration.ofMinutes(20))));
    tokens.put(
        "from another issuer",
        StaffTokens.fromPemFile(
                Staff.secrets().resolve("jwt-private.pem"), "someone-else", Duration.ofMinutes(5))
            .sign("other", all, Instant.now()));
    tokens.put(
        "for another audience",
        StaffTokens.fromPemFile(
                Staff.secrets().resolve("jwt-private.pem"), Staff.ISSUER, Duration.ofMinutes(5))
            .forAudience("another-system")
            .sign("other", all, Instant.now()));
    tokens.put("not a token", "not.a.token");

    for (Operation operation : operations) {
      HttpJson server = Pitstop.server(operation.port()).anonymous();
      assertUnauthorized(call(server, operation, null), operation + " without a token");
      tokens.forEach(
          (what, token) ->
              assertUnauthorized(
                  call(server, operation, "Bearer " + token), operation + " with a token " + what));
    }
  }

  /**
   * A key rotation (docs/adr/0021): the APIs' key set holds the signing key and the next one, so
   * that tokens of both pass while the web app's pods change keys; the token's kid says which.
   */
  @Test
  void tokensOfTheNextSigningKeyPassAsWellDuringARotation() {
    String next = Staff.tokenOfTheNextKey("rotation", Staff.ALL_ROLES);
    String current = Staff.token("rotation", Staff.ALL_ROLES);
    assertFalse(
        kid(next).equals(kid(current)), "the two keys have ids of their own: " + kid(current));
    Map<Integer, String> reads =
        Map.of(
            5100, "api/customers?size=1",
            5000, "api/vehicles?size=1",
            5200, "api/refdata/customers?size=1",
            5300, "api/auditlog?size=1");
    reads.forEach(
        (port, path) -> {
          HttpJson server = Pitstop.server(port).anonymous();
          for (String token : List.of(current, next)) {
            HttpResponse<String> answer =
                server.send(
                    HttpRequest.newBuilder(server.uri(path))
                        .header("Authorization", "Bearer " + token));
            assertEquals(200, answer.statusCode(), path + " with key " + kid(token));
          }
        });
  }

  static String kid(String token) {
    String header =
        new String(
            java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
            java.nio.charset.StandardCharsets.UTF_8);
    return jakarta.json.Json.createReader(new java.io.StringReader(header))
        .readObject()
        .getString("kid");
  }

  @Test
  void everyOperationAllowsItsRolesAndRefusesTheOthers() {
    int refused = 0;
    for (Operation operation : operations()) {
      for (String role : Staff.ALL_ROLES) {
        HttpJson caller = Pitstop.server(operation.port()).as("staff-" + role, role);
        HttpResponse<String> answer = call(caller, operation, null);
        if (operation.allowed().contains(role)) {
          assertFalse(
              answer.statusCode() == 401 || answer.statusCode() == 403,
              operation + " as " + role + ": " + answer.statusCode() + " " + answer.body());
        } else {
          assertEquals(403, answer.statusCode(), operation + " as " + role + ": " + answer.body());
          assertEquals(403, HttpJson.problem(answer).getInt("status"), operation + " as " + role);
          refused++;
        }
      }
    }
    assertTrue(refused >= 20, "refused " + refused);
  }

  @Test
  void healthMetricsAndOpenApiStayOpen() {
    for (int port : List.of(5100, 5000, 5200, 5300)) {
      HttpJson anonymous = Pitstop.server(port).anonymous();
      for (String path :
          List.of("health/ready", "health/live", "status/broker", "metrics", "openapi")) {
        assertEquals(200, anonymous.get(path).statusCode(), port + " " + path);
      }
    }
  }
}
