package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
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
@SideBySide
class ServiceTlsIT {

  static final Duration QUICK = Duration.ofSeconds(5);

  @ParameterizedTest
  @ValueSource(ints = {5100, 5000, 5200, 5300})
  void everyApiServesHttpsWithACertificateForItsHostThatTheLocalCaSigned(int port)
      throws Exception {
    assertTrue(ServiceTls.on(), "SERVICE_TLS=true in system-tests/pom.xml");
    HttpResponse<String> ready =
        readiness(client().sslContext(ServiceTls.trustingTheLocalCa()), ServiceTls.api(port));
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
    assertThrows(
        IOException.class,
        () -> readiness(client(), ServiceTls.http(port)),
        "plain HTTP to the HTTPS port " + port);
  }

  @ParameterizedTest
  @ValueSource(ints = {5100, 5000, 5200, 5300})
  void aClientThatDoesNotTrustTheLocalCaIsRefused(int port) {
    // the JDK's own CAs, which never signed the local service certificate
    assertThrows(
        SSLHandshakeException.class,
        () -> readiness(client(), ServiceTls.api(port)),
        "a client that trusts only the JDK's CAs, on " + port);
  }

  static HttpClient.Builder client() {
    return HttpClient.newBuilder().connectTimeout(QUICK);
  }

  /** The server's /health/ready at this root, asked with this client, within a few seconds. */
  static HttpResponse<String> readiness(HttpClient.Builder client, URI root)
      throws IOException, InterruptedException {
    return client
        .build()
        .send(
            HttpRequest.newBuilder(root.resolve("health/ready")).timeout(QUICK).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
