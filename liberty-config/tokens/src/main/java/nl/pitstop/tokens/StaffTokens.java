package nl.pitstop.tokens;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
import java.util.Base64;
import java.util.Collection;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Signs the MicroProfile JWTs that the APIs accept (docs/adr/0011): RS256, one user ({@code sub},
 * {@code upn}) and the roles they hold ({@code groups}), short-lived. The APIs verify them with the
 * matching public key ({@code mp.jwt.verify.publickey.location}) and the issuer.
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
    JsonArrayBuilder groups = Json.createArrayBuilder();
    new TreeSet<>(roles).forEach(groups::add);
    String claims =
        Json.createObjectBuilder()
            .add("iss", issuer)
            .add("sub", user)
            .add("upn", user)
            .add("groups", groups)
            .add("iat", now.getEpochSecond())
            .add("exp", now.plus(lifetime).getEpochSecond())
            .add("jti", UUID.randomUUID().toString())
            .build()
            .toString();
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

  public Duration lifetime() {
    return lifetime;
  }
}
