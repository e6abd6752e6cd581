package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import nl.pitstop.testing.ServiceTls;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTTPS between the servers, as the prod overlay runs them (docs/adr/0024): the system tests start
 * the servers with {@code SERVICE_TLS=true ./pitstop start}, so every API serves HTTPS only, with a
 * certificate for localhost that a CA made for this checkout signs, and the web app calls the APIs
 * over it (every browser test goes through those calls; {@code TraceIT} reads their addresses). A
 * plain request is refused, and so is a client that does not trust the local CA.
 */
class ServiceTlsIT {

  static final Duration QUICK = Duration.ofSeconds(5);

  @ParameterizedTest
  @ValueSource(ints = {5100, 5000, 5200, 5300})
  void everyApiServesHttpsWithACertificateForItsHostThatTheLocalCaSigned(int port)
      throws Exception {
    assertTrue(ServiceTls.on(), "SERVICE_TLS=true in system-tests/pom.xml");
    HttpResponse<String> ready =
        HttpClient.newBuilder()
            .sslContext(ServiceTls.trustingTheLocalCa())
            .connectTimeout(QUICK)
            .build()
            .send(
                HttpRequest.newBuilder(ServiceTls.api(port).resolve("health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ready.statusCode(), ready.body());
    assertEquals("https", ready.uri().getScheme());
    X509Certificate server =
        (X509Certificate) ready.sslSession().orElseThrow().getPeerCertificates()[0];
    assertEquals("CN=localhost", server.getSubjectX500Principal().getName());
    assertEquals("CN=Pitstop local service CA", server.getIssuerX500Principal().getName());
    assertTrue(
        server.getSubjectAlternativeNames().stream().anyMatch(name -> name.contains("localhost")),
        "the certificate names the host: " + server.getSubjectAlternativeNames());
    assertEquals(List.of("1.3.6.1.5.5.7.3.1"), server.getExtendedKeyUsage(), "server auth only");
  }

  @ParameterizedTest
  @ValueSource(ints = {5100, 5000, 5200, 5300})
  void aPlainRequestGetsNoAnswer(int port) {
    HttpClient plain = HttpClient.newBuilder().connectTimeout(QUICK).build();
    assertThrows(
        IOException.class,
        () ->
            plain.send(
                HttpRequest.newBuilder(ServiceTls.http(port).resolve("health/ready"))
                    .timeout(QUICK)
                    .build(),
                HttpResponse.BodyHandlers.ofString()),
        "plain HTTP to the HTTPS port " + port);
  }

  @ParameterizedTest
  @ValueSource(ints = {5100, 5000, 5200, 5300})
  void aClientThatDoesNotTrustTheLocalCaIsRefused(int port) {
    // the JDK's own CAs, which never signed the local service certificate
    HttpClient untrusting = HttpClient.newBuilder().connectTimeout(QUICK).build();
    assertThrows(
        SSLHandshakeException.class,
        () ->
            untrusting.send(
                HttpRequest.newBuilder(ServiceTls.api(port).resolve("health/ready"))
                    .timeout(QUICK)
                    .build(),
                HttpResponse.BodyHandlers.ofString()),
        "a client that trusts only the JDK's CAs, on " + port);
  }
}
