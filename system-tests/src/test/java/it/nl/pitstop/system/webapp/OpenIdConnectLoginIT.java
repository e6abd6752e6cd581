package it.nl.pitstop.system.webapp;

import static it.nl.pitstop.system.Pitstop.CUSTOMER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.nl.pitstop.system.Pitstop;
import it.nl.pitstop.system.SideBySide;
import jakarta.json.Json;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import nl.pitstop.testing.ServiceTls;
import org.junit.jupiter.api.Test;

/**
 * The production login (LOGIN=oidc, docs/adr/0022) against a real OpenID Connect provider on this
 * machine ({@link OpenIdProvider}): a second web app instance logs staff in through the provider
 * over HTTPS, trusting its certificate through the trust store an operator would give it, and takes
 * the user's name and roles from the ID token. The user then works on a page that calls an API with
 * the staff token the web app signs for them, is refused a page of a role the provider did not
 * give, logs out, and the provider asks for the password again: logging out ended the provider's
 * session too, so the next person at a shared garage PC does not continue as them.
 */
@SideBySide
class OpenIdConnectLoginIT {

  static final int HTTPS_PORT = 7446;
  static final URI HOME = URI.create("https://localhost:" + HTTPS_PORT + "/");

  @Test
  void staffLogInAtTheProviderWorkWithTheApisAndLogOutOfBoth() throws Exception {
    String name = "OpenID " + TestData.runId();
    assertEquals(
        201,
        CUSTOMER
            .post(
                "api/customers",
                Json.createObjectBuilder()
                    .add("name", name)
                    .add("address", "Stationsplein 1")
                    .add("postalCode", "1012 AB")
                    .add("city", "Amsterdam")
                    .add("telephoneNumber", "+31 20 123 4567")
                    .add("emailAddress", "openid@example.com")
                    .build()
                    .toString())
            .statusCode());
    // The web app's instance starts while the provider does, as a pod may start before the
    // company's provider answers: the web app reads the provider's discovery document when the
    // first user logs in (CWWKS1526I in its log then), not as it starts.
    try (OpenIdProvider provider = OpenIdProvider.launch(HOME)) {
      Pitstop.tool(
          environment -> {
            environment.put("LOGIN", "oidc");
            environment.put("HTTPS_PORT", String.valueOf(HTTPS_PORT));
            environment.put("OIDC_DISCOVERY_URL", provider.discovery().toString());
            environment.put("OIDC_LOGOUT_URL", OpenIdProvider.endSession());
            environment.put("OIDC_CLIENT_ID", OpenIdProvider.CLIENT_ID);
            environment.put("OIDC_CLIENT_SECRET", provider.clientSecret());
            environment.put("OIDC_REDIRECT_HOST", "https://localhost:" + HTTPS_PORT);
            environment.put("OIDC_TRUSTSTORE", provider.trustStore().toString());
            environment.put("OIDC_TRUSTSTORE_PASSWORD", provider.trustStorePassword());
          },
          "server",
          "start",
          "webapp",
          "--instance",
          "2");
      try (Browser browser =
          Browser.anonymousTrusting(
              "openid-connect", List.of(provider.certificate(), webAppCertificate()))) {
        provider.awaitDiscovery(Duration.ofSeconds(90));
        // The logout address the web app was given is the one the provider's discovery names.
        assertEquals(OpenIdProvider.endSession(), provider.endpoint("end_session_endpoint"));
        browser.visit(HOME);
        assertTrue(
            browser.url().startsWith(OpenIdProvider.ORIGIN + "/") && browser.asksForPassword(),
            "the provider's login page: " + browser.url());
        browser.screenshot("provider-login");
        browser.logInWithForm(OpenIdProvider.USER, provider.password());
        browser.expectPage("Pitstop - Garage Management System");
        assertEquals(OpenIdProvider.USER, browser.text("UserName"), "the user the token names");

        // The customers' page calls the customer API with the token the web app signs for alice.
        browser.visit(HOME.resolve("customers/"));
        browser.expectPage("Customer Management - overview");
        browser.search(name);
        assertTrue(browser.pageSource().contains(name), "the API's answer on the page");
        browser.screenshot("customers");

        // The provider's groups are the roles: alice is office staff, not an administrator.
        browser.visit(HOME.resolve("auditlog/"));
        browser.expectPage("Not allowed");

        browser.visit(HOME);
        browser.click("UserMenu:LogoutLink");
        assertTrue(
            browser.url().startsWith(OpenIdProvider.ORIGIN + "/") && browser.asksForPassword(),
            "after logging out, the provider asks for the password: " + browser.url());
        browser.screenshot("logged-out");

        browser.visit(HOME.resolve("customers/"));
        assertTrue(
            browser.url().startsWith(OpenIdProvider.ORIGIN + "/") && browser.asksForPassword(),
            "the next visit asks for the password again: " + browser.url());
        assertFalse(browser.pageSource().contains(name), "nothing of alice's work shown");
      } finally {
        Pitstop.tool("server", "stop", "webapp", "--instance", "2");
      }
    }
  }

  /**
   * The certificate of the second web app instance's HTTPS port: with HTTPS between the servers (as
   * the system tests run them, docs/adr/0024) the local service certificate; else the one Liberty
   * makes for a server that has none, with the password of the server's server.env.
   */
  private static X509Certificate webAppCertificate() throws Exception {
    if (ServiceTls.on()) {
      return ServiceTls.certificate();
    }
    Path server =
        Path.of(
            System.getProperty("pitstop.root"),
            "webapp-faces/target/liberty/wlp/usr/servers/webapp");
    Properties environment = new Properties();
    try (InputStream in = Files.newInputStream(server.resolve("server.env"))) {
      environment.load(in);
    }
    Path keyStore =
        Path.of(
            System.getProperty("pitstop.home"),
            "instances/webapp-2/webapp/resources/security/key.p12");
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      keys.load(in, environment.getProperty("keystore_password").toCharArray());
    }
    return (X509Certificate) keys.getCertificate(keys.aliases().nextElement());
  }
}
