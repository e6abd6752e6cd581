package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * <p>No token's text is in the console or messages.log either, not even one the servers reject
 * (docs/adr/0021): Liberty's MicroProfile JWT writes the whole text of a token it cannot parse or
 * whose signature none of the keys verifies into CWWKS5523E and into an FFDC incident; both are
 * hidden from the console and messages.log, and stay in trace.log and logs/ffdc on the server's
 * disk.
 */
@SideBySide
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
    // the key stores' password of HTTPS between the servers (docs/adr/0024), given in the servers'
    // environment
    Path tls = Staff.secrets().resolve("service-tls.password");
    if (Files.exists(tls)) {
      secrets.put("the service key stores' password", Files.readString(tls).strip());
    }
    if (acceptedToken != null) {
      // its signature: the part no one can make without the key
      secrets.put(
          "an accepted staff token", acceptedToken.substring(acceptedToken.lastIndexOf('.')));
    }
    return secrets;
  }

  static List<String> leaks(List<Path> files, Map<String, String> secrets) throws IOException {
    Map<Path, String> texts = new LinkedHashMap<>();
    for (Path file : files) {
      texts.put(file, new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
    }
    return leaks(texts, secrets);
  }

  static List<String> leaks(Map<Path, String> texts, Map<String, String> secrets) {
    List<String> leaks = new ArrayList<>();
    texts.forEach(
        (file, text) -> {
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
        });
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

  /**
   * The web app's registry holds no password, only Liberty's one-way hashes of them ({@code
   * {hash}}): the logins of every browser test go through them, so they are the hashes Liberty
   * verifies.
   */
  @Test
  void theLocalRegistryHoldsHashesOnly() throws Exception {
    String registry = Files.readString(Staff.secrets().resolve("users.xml"));
    java.util.regex.Matcher password =
        java.util.regex.Pattern.compile("password=\"([^\"]*)\"").matcher(registry);
    int users = 0;
    while (password.find()) {
      assertTrue(password.group(1).startsWith("{hash}"), "a hash: " + password.group(1));
      users++;
    }
    assertEquals(4, users, "office, mechanic, admin, garage");
    assertEquals(List.of(), leaks(List.of(Staff.secrets().resolve("users.xml")), secrets(null)));
    it.nl.pitstop.system.webapp.WebLogin.as("garage");
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
    Map<Path, String> logged = logTexts();
    assertEquals(List.of(), leaks(logged, secrets(accepted)));
    // the claims of the tokens: the rejected one's are the accepted one's, with a broken signature
    String claims = accepted.split("\\.")[1];
    assertEquals(
        List.of(),
        leaks(
            logged.entrySet().stream()
                .filter(log -> isShipped(log.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
            Map.of("a token's text", claims)));
  }

  /**
   * No log names a customer by their e-mail address (docs/adr/0021): the servers log customers'
   * ids, and mails by their reference. Checked after a day with a reminder and an invoice mailed,
   * over every log of the run so far: every customer any test registered, every mail any test sent.
   */
  @Test
  void noCustomersEmailAddressIsLogged() throws Exception {
    SampleDay sample = SampleDay.make();
    String reminderSent =
        "Mail reminder of " + sample.day() + " for customer " + sample.customerId() + " sent.";
    HttpJson.eventually(
        RemindersAndInvoicesFlowIT.MAIL,
        "the sample day's reminder mailed and logged",
        () -> logsContain(reminderSent));
    java.util.regex.Pattern address =
        java.util.regex.Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    List<String> logged = new ArrayList<>();
    for (Map.Entry<Path, String> read : logTexts().entrySet()) {
      Path log = read.getKey();
      if (log.getFileName().toString().equals("greenmail.log")) {
        continue; // the mail sink's own log: it stands for the company's mail server
      }
      String text = read.getValue().replace("\\/", "/");
      address
          .matcher(text)
          .results()
          .map(java.util.regex.MatchResult::group)
          .filter(found -> !COMPANY_ADDRESSES.contains(found))
          .distinct()
          .forEach(found -> logged.add(found + " in " + log));
    }
    assertEquals(
        List.of(), logged, "e-mail addresses in the logs (sample customer " + sample + ")");
  }

  static boolean logsContain(String text) {
    try {
      return logTexts().values().stream().anyMatch(logged -> logged.contains(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The logs that leave a server: the console (what OpenShift collects) and messages.log; not
   * trace.log and the FFDC incidents, which stay on its disk for a diagnosis (docs/adr/0021).
   */
  static boolean isShipped(Path log) {
    String name = log.getFileName().toString();
    return !log.toString().contains("/ffdc/") && !name.startsWith("trace");
  }

  /** Addresses of the garage and its printing company, which are no one's personal data. */
  static final java.util.Set<String> COMPANY_ADDRESSES =
      java.util.Set.of("noreply@pitstop.nl", "invoicing@pitstop.nl", "pitstop@prestoprint.nl");

  /**
   * The text of every log of the run. Liberty renames a full log while it writes on (messages.log
   * to messages_TIMESTAMP.log): a file gone between the listing and its reading is found again,
   * under its new name, in a new listing.
   */
  static Map<Path, String> logTexts() throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        Map<Path, String> texts = new LinkedHashMap<>();
        for (Path log : logs()) {
          texts.put(log, Files.readString(log, StandardCharsets.ISO_8859_1));
        }
        return texts;
      } catch (NoSuchFileException | UncheckedIOException rotated) {
        if (attempt == 3) {
          throw rotated;
        }
      }
    }
  }

  /** Every log of the run: the infrastructure's, and every file under each server's logs. */
  static List<Path> logs() throws IOException {
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
    return logs;
  }
}
