package nl.pitstop.tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Signs the MicroProfile JWTs that the APIs accept (docs/adr/0011): RS256, one user ({@code sub},
 * {@code upn}) and the roles they hold ({@code groups}), short-lived. The APIs verify them with the
 * matching public key ({@code mp.jwt.verify.publickey.location}) and the issuer.
 *
 * <p>It needs nothing but the JDK, so that the run tool can sign a token for an operator with the
 * JDK's source launcher, without a build ({@link #main}).
 */
public final class StaffTokens {

  /** The roles of Pitstop's staff, as the APIs and the web app's pages check them. */
  public static final String OFFICE = "office";

  public static final String MECHANIC = "mechanic";
  public static final String ADMIN = "admin";

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
  private static final String HEADER =
      BASE64URL.encodeToString(
          "{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

  private final PrivateKey key;
  private final String issuer;
  private final Duration lifetime;

  public StaffTokens(PrivateKey key, String issuer, Duration lifetime) {
    this.key = key;
    this.issuer = issuer;
    this.lifetime = lifetime;
  }

  /** Reads the signing key from a PKCS#8 PEM file ({@code -----BEGIN PRIVATE KEY-----}). */
  public static StaffTokens fromPemFile(Path privateKeyPem, String issuer, Duration lifetime) {
    try {
      return new StaffTokens(
          privateKey(Files.readString(privateKeyPem, StandardCharsets.US_ASCII)), issuer, lifetime);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the token signing key " + privateKeyPem, e);
    }
  }

  /** Decodes an RSA private key from PKCS#8 PEM text. */
  public static PrivateKey privateKey(String pem) {
    String base64 =
        pem.replace("-----BEGIN PRIVATE KEY-----", "")
            .replace("-----END PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    if (base64.isEmpty() || pem.contains("RSA PRIVATE KEY")) {
      throw new IllegalArgumentException("Not a PKCS#8 PEM private key");
    }
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a PKCS#8 PEM RSA private key", e);
    }
  }

  /** A token for the user with these roles, valid from {@code now} for this signer's lifetime. */
  public String sign(String user, Collection<String> roles, Instant now) {
    String groups =
        new TreeSet<>(roles).stream().map(StaffTokens::quoted).collect(Collectors.joining(","));
    String claims =
        "{\"iss\":"
            + quoted(issuer)
            + ",\"sub\":"
            + quoted(user)
            + ",\"upn\":"
            + quoted(user)
            + ",\"groups\":["
            + groups
            + "],\"iat\":"
            + now.getEpochSecond()
            + ",\"exp\":"
            + now.plus(lifetime).getEpochSecond()
            + ",\"jti\":"
            + quoted(UUID.randomUUID().toString())
            + "}";
    String signed =
        HEADER + "." + BASE64URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initSign(key);
      rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
      return signed + "." + BASE64URL.encodeToString(rs256.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign a staff token", e);
    }
  }

  /** A JSON string: quotes, backslashes and control characters escaped. */
  static String quoted(String text) {
    StringBuilder json = new StringBuilder(text.length() + 2).append('"');
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  /**
   * Prints a token for an operator or a script ({@code ./pitstop token}): {@code <private key PEM>
   * <issuer> <minutes> <user> [role ...]}. Run with the JDK's source launcher.
   */
  public static void main(String[] args) {
    if (args.length < 4 || !args[2].matches("[1-9][0-9]{0,3}")) {
      System.err.println(
          "usage: StaffTokens <private-key.pem> <issuer> <minutes> <user> [role ...]");
      System.exit(2);
    }
    StaffTokens tokens =
        fromPemFile(Path.of(args[0]), args[1], Duration.ofMinutes(Integer.parseInt(args[2])));
    System.out.println(
        tokens.sign(args[3], Arrays.asList(args).subList(4, args.length), Instant.now()));
  }

  public Duration lifetime() {
    return lifetime;
  }
}
