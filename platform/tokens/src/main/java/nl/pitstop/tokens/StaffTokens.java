package nl.pitstop.tokens;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Signs the MicroProfile JWTs that the APIs accept (docs/adr/0011, 0021): RS256, one user ({@code
 * sub}, {@code upn}) and the roles they hold ({@code groups}), for the APIs ({@code aud}),
 * short-lived, with the id of the signing key ({@code kid}). The APIs verify them with the key set
 * of the signing keys ({@link #keySet}, {@code mp.jwt.verify.publickey.location}), the issuer and
 * the audience.
 *
 * <p>It needs nothing but the JDK, so that the run tool can sign a token for an operator with the
 * JDK's source launcher, without a build ({@link #main}).
 */
public final class StaffTokens {

  /** The roles of Pitstop's staff, as the APIs and the web app's pages check them. */
  public static final String OFFICE = "office";

  public static final String MECHANIC = "mechanic";
  public static final String ADMIN = "admin";

  /**
   * Whom the tokens are for ({@code aud}): Pitstop's APIs, which refuse a token for anyone else
   * (docs/adr/0021), so that a token the company's systems sign for another purpose never passes.
   */
  public static final String AUDIENCE = "pitstop-apis";

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final PrivateKey key;
  private final String issuer;
  private final Duration lifetime;
  private final String audience;
  private final String header;

  public StaffTokens(PrivateKey key, String issuer, Duration lifetime) {
    this(key, issuer, lifetime, AUDIENCE);
  }

  private StaffTokens(PrivateKey key, String issuer, Duration lifetime, String audience) {
    this.key = key;
    this.issuer = issuer;
    this.lifetime = lifetime;
    this.audience = audience;
    String keyId = key instanceof RSAPrivateCrtKey crt ? ",\"kid\":" + quoted(keyId(crt)) : "";
    this.header =
        BASE64URL.encodeToString(
            ("{\"alg\":\"RS256\",\"typ\":\"JWT\"" + keyId + "}").getBytes(StandardCharsets.UTF_8));
  }

  /** The same signer for another audience (a test of the APIs' refusal). */
  public StaffTokens forAudience(String otherAudience) {
    return new StaffTokens(key, issuer, lifetime, otherAudience);
  }

  /**
   * The key's id ({@code kid}): its JWK thumbprint (RFC 7638), the SHA-256 of its public part, so
   * that signer and verifiers agree on it with nothing configured, and an API holding two keys
   * during a rotation knows which one a token needs.
   */
  public static String keyId(RSAPrivateCrtKey key) {
    return keyId(key.getModulus(), key.getPublicExponent());
  }

  static String keyId(BigInteger modulus, BigInteger exponent) {
    String members =
        "{\"e\":\""
            + unsigned(exponent)
            + "\",\"kty\":\"RSA\",\"n\":\""
            + unsigned(modulus)
            + "\"}";
    try {
      return BASE64URL.encodeToString(
          MessageDigest.getInstance("SHA-256").digest(members.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256", e);
    }
  }

  /**
   * The verification keys as a JSON Web Key Set: the public parts of these signing keys, each with
   * its key id. The APIs accept a token signed with any of them (during a rotation: the old key and
   * the new one).
   */
  public static String keySet(List<RSAPrivateCrtKey> keys) {
    return keys.stream()
        .map(
            k ->
                "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":"
                    + quoted(keyId(k))
                    + ",\"n\":\""
                    + unsigned(k.getModulus())
                    + "\",\"e\":\""
                    + unsigned(k.getPublicExponent())
                    + "\"}")
        .collect(Collectors.joining(",\n  ", "{\"keys\": [\n  ", "\n]}\n"));
  }

  /** A big integer as JWK writes it: its unsigned big-endian bytes in base64url. */
  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return BASE64URL.encodeToString(bytes);
  }

  /** Reads the signing key from a PKCS#8 PEM file ({@code -----BEGIN PRIVATE KEY-----}). */
  public static StaffTokens fromPemFile(Path privateKeyPem, String issuer, Duration lifetime) {
    return new StaffTokens(privateKeyFile(privateKeyPem), issuer, lifetime);
  }

  /** Reads an RSA private key from a PKCS#8 PEM file. */
  static PrivateKey privateKeyFile(Path privateKeyPem) {
    try {
      return privateKey(Files.readString(privateKeyPem, StandardCharsets.US_ASCII));
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
            + ",\"aud\":"
            + quoted(audience)
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
        header + "." + BASE64URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
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
   * <issuer> <minutes> <user> [role ...]}; or, with {@code --key-set <private key PEM> ...}, the
   * verification key set of these signing keys. Run with the JDK's source launcher.
   */
  public static void main(String[] args) {
    if (args.length >= 2 && args[0].equals("--key-set")) {
      List<RSAPrivateCrtKey> keys = new ArrayList<>();
      for (String pem : Arrays.asList(args).subList(1, args.length)) {
        keys.add((RSAPrivateCrtKey) privateKeyFile(Path.of(pem)));
      }
      System.out.print(keySet(keys));
      return;
    }
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
