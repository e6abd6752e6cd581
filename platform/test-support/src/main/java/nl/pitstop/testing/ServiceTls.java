package nl.pitstop.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * HTTPS between the servers as the local run makes it ({@code SERVICE_TLS=true ./pitstop start};
 * docs/adr/0024): the APIs serve HTTPS only, with a certificate for localhost that a CA made for
 * this checkout signs. Tests that run against such a system ({@code -Dpitstop.service.tls=true}, as
 * the system tests do) call the APIs over HTTPS, trusting that CA alone.
 */
public final class ServiceTls {

  private ServiceTls() {}

  /** Whether the servers under test serve HTTPS. */
  public static boolean on() {
    return Boolean.getBoolean("pitstop.service.tls");
  }

  /** The root of the API on this port, e.g. {@code https://localhost:5100/}. */
  public static URI api(int port) {
    return URI.create((on() ? "https" : "http") + "://localhost:" + port + "/");
  }

  /**
   * The root on this port in plain HTTP, whatever the servers serve: the web app's own ports, which
   * stay plain on this machine, or an API's, for a test that it is refused.
   */
  public static URI http(int port) {
    return URI.create("http://localhost:" + port + "/");
  }

  /** The builder, trusting the local service CA where the servers serve HTTPS. */
  public static HttpClient.Builder trusting(HttpClient.Builder client) {
    return on() ? client.sslContext(trustingTheLocalCa()) : client;
  }

  /**
   * The certificate every local server serves HTTPS with ({@code .pitstop/secrets/service-
   * keystore.p12}): for a browser told to accept it.
   */
  public static X509Certificate certificate() {
    try (InputStream in = Files.newInputStream(Staff.secrets().resolve("service-keystore.p12"))) {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(in, password());
      return (X509Certificate) keys.getCertificate("service");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the local service key store (SERVICE_TLS=true ./pitstop start)", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the local service key store", e);
    }
  }

  private static char[] password() throws IOException {
    return Files.readString(Staff.secrets().resolve("service-tls.password")).strip().toCharArray();
  }

  /**
   * A TLS context that trusts the local service CA alone ({@code .pitstop/secrets/service-
   * truststore.p12}); the JDK's HTTP client checks the host name against the certificate.
   */
  public static SSLContext trustingTheLocalCa() {
    Path store = Staff.secrets().resolve("service-truststore.p12");
    try (InputStream in = Files.newInputStream(store)) {
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(in, password());
      TrustManagerFactory trusting =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trusting.init(trust);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trusting.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the local service CA's trust store (SERVICE_TLS=true ./pitstop start)", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the local service CA's trust store " + store, e);
    }
  }
}
