package nl.pitstop.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pitstop.tokens.StaffTokens;

/**
 * The black-box tests as members of staff (docs/adr/0011): staff tokens signed with this checkout's
 * key, and the local users' passwords, from the secrets {@code ./pitstop} makes ({@code
 * .pitstop/secrets} in the repository; system property {@code pitstop.root} names the repository).
 */
public final class Staff {

  /** Every staff role: what a test that is not about security calls with. */
  public static final List<String> ALL_ROLES = List.of("office", "mechanic", "admin");

  /** The issuer the APIs accept (server.xml variable {@code jwt.issuer}). */
  public static final String ISSUER = "pitstop-webapp";

  /** How long a signed token is reused before a new one is signed (tokens live five minutes). */
  private static final Duration REUSE = Duration.ofMinutes(1);

  /** A token signed for one member of staff, and when. */
  private record Signed(String token, Instant at) {}

  private static StaffTokens tokens;
  private static final Map<List<Object>, Signed> SIGNED = new HashMap<>();

  private Staff() {}

  /** The directory of this checkout's secrets. */
  public static Path secrets() {
    String root = System.getProperty("pitstop.root");
    if (root != null) {
      return Path.of(root, ".pitstop", "secrets");
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".pitstop/secrets"))) {
        return dir.resolve(".pitstop/secrets");
      }
    }
    throw new IllegalStateException(
        "No .pitstop/secrets found (made by ./pitstop); set -Dpitstop.root to the repository");
  }

  /** A staff token for the user with these roles, valid for five minutes from now. */
  public static synchronized String token(String user, Collection<String> roles) {
    if (tokens == null) {
      tokens =
          StaffTokens.fromPemFile(
              secrets().resolve("jwt-private.pem"), ISSUER, Duration.ofMinutes(5));
    }
    return tokens.sign(user, roles, Instant.now());
  }

  /**
   * A staff token signed with the next signing key, which the APIs' key set already holds (docs/adr
   * /0021): what the web app signs once the keys are rotated.
   */
  public static String tokenOfTheNextKey(String user, Collection<String> roles) {
    return StaffTokens.fromPemFile(
            secrets().resolve("jwt-next-private.pem"), ISSUER, Duration.ofMinutes(5))
        .sign(user, roles, Instant.now());
  }

  /**
   * {@code Bearer} and a token of a member of staff with every role, signed anew every minute: for
   * test clients that send many requests of their own.
   */
  public static String bearer() {
    return bearer("test-staff", ALL_ROLES);
  }

  /** {@code Bearer} and a token for the user with these roles, signed anew every minute. */
  public static synchronized String bearer(String user, List<String> roles) {
    Instant now = Instant.now();
    Signed signed = SIGNED.get(List.of(user, roles));
    if (signed == null || signed.at().plus(REUSE).isBefore(now)) {
      signed = new Signed(token(user, roles), now);
      SIGNED.put(List.of(user, roles), signed);
    }
    return "Bearer " + signed.token();
  }

  /** The password of a local user of the web app (office, mechanic, admin). */
  public static String password(String user) {
    try {
      return Files.readString(secrets().resolve(user + ".password")).strip();
    } catch (IOException e) {
      throw new IllegalStateException("No password for " + user + " in " + secrets(), e);
    }
  }
}
