package nl.pitstop.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffTokensTest {

  static final KeyPair KEYS = keys();

  static KeyPair keys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String pem(byte[] pkcs8) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8)
        + "\n-----END PRIVATE KEY-----\n";
  }

  final StaffTokens tokens =
      new StaffTokens(
          StaffTokens.privateKey(pem(KEYS.getPrivate().getEncoded())),
          "pitstop-webapp",
          Duration.ofMinutes(5));

  @Test
  void aTokenCarriesTheUserTheirRolesAndItsLifetimeAndVerifiesWithThePublicKey() throws Exception {
    Instant now = Instant.parse("2026-11-28T10:00:00Z");
    String token = tokens.sign("anna \"the\" clerk", List.of("office", "admin"), now);

    String[] parts = token.split("\\.");
    assertEquals(3, parts.length);
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initVerify(KEYS.getPublic());
    rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertTrue(rs256.verify(Base64.getUrlDecoder().decode(parts[2])));

    JsonObject header = json(parts[0]);
    assertEquals("RS256", header.getString("alg"));
    assertEquals(StaffTokens.keyId((RSAPrivateCrtKey) KEYS.getPrivate()), header.getString("kid"));
    JsonObject claims = json(parts[1]);
    assertEquals("pitstop-webapp", claims.getString("iss"));
    assertEquals(StaffTokens.AUDIENCE, claims.getString("aud"));
    assertEquals("anna \"the\" clerk", claims.getString("sub"));
    assertEquals("anna \"the\" clerk", claims.getString("upn"));
    assertEquals(
        List.of("admin", "office"),
        claims.getJsonArray("groups").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
    assertEquals(now.getEpochSecond(), claims.getJsonNumber("iat").longValue());
    assertEquals(now.plusSeconds(300).getEpochSecond(), claims.getJsonNumber("exp").longValue());
    assertFalse(claims.getString("jti").isBlank());
  }

  @Test
  void aKeysIdIsItsJwkThumbprint() {
    // RFC 7638, section 3.1: the example key and its thumbprint
    BigInteger modulus =
        new BigInteger(
            1,
            Base64.getUrlDecoder()
                .decode(
                    "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1"
                        + "L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h"
                        + "4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91"
                        + "CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44"
                        + "-csFCur-kEgU8awapJzKnqDKgw"));
    assertEquals(
        "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs",
        StaffTokens.keyId(modulus, BigInteger.valueOf(65537)));
  }

  @Test
  void theKeySetHoldsEachSigningKeysPublicPartUnderItsIdAndVerifiesItsTokens() throws Exception {
    KeyPair next = keys();
    JsonObject set =
        Json.createReader(
                new StringReader(
                    StaffTokens.keySet(
                        List.of(
                            (RSAPrivateCrtKey) KEYS.getPrivate(),
                            (RSAPrivateCrtKey) next.getPrivate()))))
            .readObject();
    assertEquals(2, set.getJsonArray("keys").size());
    String token =
        new StaffTokens(next.getPrivate(), "pitstop-webapp", Duration.ofMinutes(5))
            .sign("bert", List.of("office"), Instant.now());
    String kid = json(token.split("\\.")[0]).getString("kid");
    JsonObject jwk =
        set.getJsonArray("keys").getValuesAs(JsonObject.class).stream()
            .filter(k -> k.getString("kid").equals(kid))
            .findFirst()
            .orElseThrow();
    assertEquals("RSA", jwk.getString("kty"));
    assertEquals("RS256", jwk.getString("alg"));
    java.security.PublicKey published =
        java.security.KeyFactory.getInstance("RSA")
            .generatePublic(
                new java.security.spec.RSAPublicKeySpec(
                    new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n"))),
                    new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e")))));
    assertEquals(next.getPublic(), published);
  }

  @Test
  void aTokenForAnotherAudienceSaysSo() {
    String token = tokens.forAudience("another-system").sign("eve", List.of(), Instant.now());
    assertEquals("another-system", json(token.split("\\.")[1]).getString("aud"));
  }

  @Test
  void backslashesAndControlCharactersInANameAreEscaped() {
    String name = "back\\slash\ttab\nline\u0001";
    JsonObject claims = json(tokens.sign(name, List.of("mechanic"), Instant.now()).split("\\.")[1]);
    assertEquals(name, claims.getString("sub"));
    assertEquals("mechanic", claims.getJsonArray("groups").getString(0));
  }

  @Test
  void twoTokensForTheSameUserDiffer() {
    Instant now = Instant.now();
    assertFalse(
        tokens.sign("u", List.of("office"), now).equals(tokens.sign("u", List.of("office"), now)));
  }

  @Test
  void aKeyThatIsNotPkcs8PemIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> StaffTokens.privateKey("not a key"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            StaffTokens.privateKey(
                "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----"));
  }

  static JsonObject json(String base64url) {
    return Json.createReader(
            new StringReader(
                new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8)))
        .readObject();
  }
}
