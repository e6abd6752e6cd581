package it.nl.pitstop.system.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.pitstop.testing.Folders;
import nl.pitstop.testing.HttpJson;

/**
 * An OpenID Connect provider on this machine, standing in for the company's: Liberty's own {@code
 * openidConnectServer-1.0} in a small server of the tests ({@code
 * src/test/resources/oidc-provider/server.xml}), run from the web app's Liberty runtime with a user
 * folder of its own under {@code target}. It serves HTTPS only, on 127.0.0.1, with a certificate
 * made for it here; {@link #trustStore()} holds that certificate alone, as the trust store an
 * operator gives the web app. One user, in the group {@code office}, with a password made per run.
 */
final class OpenIdProvider implements AutoCloseable {

  static final int PORT = 7443;
  static final String ORIGIN = "https://127.0.0.1:" + PORT;
  static final String ADDRESS = ORIGIN + "/oidc/endpoint/OP";
  static final String CLIENT_ID = "pitstop";
  static final String USER = "alice";

  private final Path folder;
  private final Process process;
  private final String password;
  private final String clientSecret;
  private final String trustStorePassword;
  private final X509Certificate certificate;
  private final HttpClient https;

  private OpenIdProvider(
      Path folder,
      Process process,
      Properties settings,
      String trustStorePassword,
      X509Certificate certificate)
      throws Exception {
    this.folder = folder;
    this.process = process;
    this.password = settings.getProperty("staff.password");
    this.clientSecret = settings.getProperty("client.secret");
    this.trustStorePassword = trustStorePassword;
    this.certificate = certificate;
    this.https = HttpClient.newBuilder().sslContext(trusting()).build();
  }

  /**
   * Starts the provider's server with the client {@code pitstop} registered for the web app at
   * {@code clientHome} (its redirect and post-logout addresses), and returns while it starts: its
   * certificate and trust store are there already, its endpoints answer after {@link
   * #awaitDiscovery}.
   */
  static OpenIdProvider launch(URI clientHome) throws Exception {
    Path root = Path.of(System.getProperty("pitstop.root"));
    Path wlp = root.resolve("webapp-faces/target/liberty/wlp");
    Path folder = Path.of("target", "oidc-provider").toAbsolutePath();
    Folders.deleteRecursively(folder);
    Path server = Files.createDirectories(folder.resolve("usr/servers/provider"));
    try (InputStream config =
        OpenIdProvider.class.getResourceAsStream("/oidc-provider/server.xml")) {
      Files.copy(config, server.resolve("server.xml"));
    }
    Properties settings = new Properties();
    settings.setProperty("https.port", String.valueOf(PORT));
    settings.setProperty("keystore", folder.resolve("provider.p12").toString());
    settings.setProperty("keystore.password", secret());
    settings.setProperty("staff.user", USER);
    settings.setProperty("staff.password", secret());
    settings.setProperty("client.id", CLIENT_ID);
    settings.setProperty("client.secret", secret());
    settings.setProperty("client.home", clientHome.toString());
    try (var out = Files.newBufferedWriter(server.resolve("bootstrap.properties"))) {
      settings.store(out, "made by OpenIdProvider");
    }
    String trustStorePassword = secret();
    X509Certificate certificate =
        makeCertificate(folder, settings.getProperty("keystore.password"), trustStorePassword);
    ProcessBuilder builder =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", "provider")
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("console.log").toFile());
    builder.environment().put("WLP_USER_DIR", folder.resolve("usr").toString());
    return new OpenIdProvider(folder, builder.start(), settings, trustStorePassword, certificate);
  }

  /** The provider's key pair and certificate (127.0.0.1), and a trust store with it alone. */
  private static X509Certificate makeCertificate(
      Path folder, String keyStorePassword, String trustStorePassword) throws Exception {
    Path keyStore = folder.resolve("provider.p12");
    Path certificateFile = folder.resolve("provider.crt");
    keytool(
        "-genkeypair",
        "-alias",
        "provider",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-dname",
        "CN=127.0.0.1",
        "-ext",
        "SAN=ip:127.0.0.1",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        keyStore.toString(),
        "-storepass",
        keyStorePassword,
        "-keypass",
        keyStorePassword);
    keytool(
        "-exportcert",
        "-alias",
        "provider",
        "-rfc",
        "-file",
        certificateFile.toString(),
        "-keystore",
        keyStore.toString(),
        "-storepass",
        keyStorePassword);
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "provider",
        "-file",
        certificateFile.toString(),
        "-storetype",
        "PKCS12",
        "-keystore",
        folder.resolve("truststore.p12").toString(),
        "-storepass",
        trustStorePassword);
    KeyStore trust = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(folder.resolve("truststore.p12"))) {
      trust.load(in, trustStorePassword.toCharArray());
    }
    return (X509Certificate) trust.getCertificate("provider");
  }

  private static void keytool(String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(arguments));
    Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(keytool.getInputStream().readAllBytes());
    assertEquals(0, keytool.waitFor(), "keytool " + arguments[0] + ": " + output);
  }

  /**
   * Waits until the discovery document answers over a connection that trusts this provider only.
   */
  void awaitDiscovery(Duration timeout) throws Exception {
    HttpJson.eventually(timeout, "the provider's discovery document", this::discoveryAnswers);
  }

  private boolean discoveryAnswers() {
    assertTrue(process.isAlive(), "the provider stopped; see " + folder.resolve("console.log"));
    try {
      return https
              .send(
                  HttpRequest.newBuilder(discovery()).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException notYet) {
      return false; // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A TLS context that trusts the provider's certificate and nothing else. */
  private SSLContext trusting() throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(trustStore())) {
      trust.load(in, trustStorePassword.toCharArray());
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), new SecureRandom());
    return context;
  }

  URI discovery() {
    return URI.create(ADDRESS + "/.well-known/openid-configuration");
  }

  /** The end-session (logout) endpoint of Liberty's provider {@code OP}. */
  static String endSession() {
    return ADDRESS + "/end_session";
  }

  /** An endpoint the discovery document names, read as an operator would. */
  String endpoint(String name) throws Exception {
    String document =
        https
            .send(HttpRequest.newBuilder(discovery()).build(), HttpResponse.BodyHandlers.ofString())
            .body();
    JsonObject json = Json.createReader(new StringReader(document)).readObject();
    return json.getString(name);
  }

  Path trustStore() {
    return folder.resolve("truststore.p12");
  }

  String trustStorePassword() {
    return trustStorePassword;
  }

  X509Certificate certificate() {
    return certificate;
  }

  String password() {
    return password;
  }

  String clientSecret() {
    return clientSecret;
  }

  /**
   * Ends the provider's JVM (the process: {@code server run} execs it) without a server stop: the
   * test is done with it, and its folder is made anew at the next launch. A server stop of this
   * HTTPS-only server took 30 s in every run, with or without its quiesce stage: its HTTP chain
   * waits that long to stop once its TLS options are taken away.
   */
  @Override
  public void close() throws Exception {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the provider did not end; see " + folder);
    }
  }

  private static String secret() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
