package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.pitstop.testing.HttpJson;
import nl.pitstop.testing.Staff;
import org.junit.jupiter.api.Test;

/**
 * Secrets never appear in the repository or in the logs (docs/adr/0011): not the users' passwords,
 * not the token signing key, not a staff token that a server accepted. The logs are read after
 * logins and after API calls with an accepted token, with a role that is refused, and with rejected
 * tokens, which are the moments a careless server would write one.
 *
 * <p>A token the servers reject may be logged: Liberty's MicroProfile JWT writes the text of a
 * token whose signature, issuer or expiry it refuses into its error message and an FFDC incident.
 * Such a token does not let anyone in.
 */
class SecretsIT {

  /** A private key in PEM: the marker, then a body of base64 (code that parses PEM has no body). */
  static final java.util.regex.Pattern PEM_PRIVATE_KEY =
      java.util.regex.Pattern.compile(
          "-----BEGIN (RSA |EC |ENCRYPTED )?PRIVATE KEY-----\\s*[A-Za-z0-9+/=\\s]{200,}-----END");

  static final Path ROOT = Path.of(System.getProperty("pitstop.root", ".."));
  static final Path HOME =
      Path.of(System.getProperty("pitstop.home", ROOT.resolve(".pitstop").toString()));

  /** The secrets, each named for the message. */
  static Map<String, String> secrets(String acceptedToken) throws IOException {
    String key = Files.readString(Staff.secrets().resolve("jwt-private.pem"));
    String keyBody = key.lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();
    Map<String, String> secrets = new java.util.HashMap<>();
    secrets.put("office's password", Staff.password("office"));
    secrets.put("mechanic's password", Staff.password("mechanic"));
    secrets.put("admin's password", Staff.password("admin"));
    secrets.put("the token signing key", keyBody);
    secrets.put("the local database's password", nl.pitstop.testing.Database.password());
    if (acceptedToken != null) {
      // its signature: the part no one can make without the key
      secrets.put(
          "an accepted staff token", acceptedToken.substring(acceptedToken.lastIndexOf('.')));
    }
    return secrets;
  }

  static List<String> leaks(List<Path> files, Map<String, String> secrets) throws IOException {
    List<String> leaks = new ArrayList<>();
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      secrets.forEach(
          (what, secret) -> {
            // as written, or as a JSON log record writes it (messages.log escapes '/')
            if (text.contains(secret) || text.contains(secret.replace("/", "\\/"))) {
              leaks.add(what + " in " + file);
            }
          });
      if (PEM_PRIVATE_KEY.matcher(text).find()) {
        leaks.add("a private key in " + file);
      }
    }
    return leaks;
  }

  @Test
  void noSecretIsCommitted() throws Exception {
    Process git = new ProcessBuilder("git", "ls-files", "-z").directory(ROOT.toFile()).start();
    String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, git.waitFor(), "git ls-files");
    List<Path> tracked =
        Stream.of(listing.split("\0"))
            .filter(name -> !name.isBlank())
            .map(ROOT::resolve)
            .filter(Files::isRegularFile)
            .toList();
    assertTrue(tracked.size() > 200, "tracked files: " + tracked.size());
    assertEquals(List.of(), leaks(tracked, secrets(null)));
  }

  @Test
  void noSecretIsLogged() throws Exception {
    // The moments a server could log a secret: logins, accepted, refused and rejected tokens.
    it.nl.pitstop.system.webapp.WebLogin.as("office");
    String accepted = Staff.token("secrets-test", Staff.ALL_ROLES);
    Map<Integer, String> reads =
        Map.of(
            5100, "api/customers/nobody",
            5000, "api/vehicles/XX-00-XX",
            5200, "api/refdata/customers/nobody",
            5300, "api/auditlog?size=1");
    for (int port : reads.keySet()) {
      HttpJson anonymous = Pitstop.server(port).anonymous();
      java.net.http.HttpResponse<String> answer =
          anonymous.send(
              java.net.http.HttpRequest.newBuilder(anonymous.uri(reads.get(port)))
                  .header("Authorization", "Bearer " + accepted));
      assertTrue(
          answer.statusCode() == 200 || answer.statusCode() == 404,
          "an accepted token at " + port + ": " + answer.statusCode());
      assertEquals(403, Pitstop.server(port).as("no-role").get(reads.get(port)).statusCode());
      anonymous.send(
          java.net.http.HttpRequest.newBuilder(anonymous.uri("api/auditlog"))
              .header("Authorization", "Bearer " + accepted.substring(0, accepted.length() - 8)));
    }
    Thread.sleep(1000); // messages.log is written asynchronously
    List<Path> logs = new ArrayList<>();
    try (Stream<Path> run = Files.list(HOME.resolve("run"))) {
      run.filter(p -> p.toString().endsWith(".log")).forEach(logs::add);
    }
    for (String module :
        List.of(
            "customer-war", "vehicle-war", "workshop-war", "handlers-ear/ear", "webapp-faces")) {
      Path servers = ROOT.resolve(module).resolve("target/liberty/wlp/usr/servers");
      try (Stream<Path> files = Files.walk(servers)) {
        files
            .filter(Files::isRegularFile)
            .filter(p -> p.toString().contains("/logs/"))
            .forEach(logs::add);
      }
    }
    assertTrue(logs.size() >= 10, "log files: " + logs);
    assertEquals(List.of(), leaks(logs, secrets(accepted)));
  }
}
