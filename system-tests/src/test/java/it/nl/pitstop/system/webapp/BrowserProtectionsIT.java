package it.nl.pitstop.system.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import it.nl.pitstop.system.SideBySide;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the web app asks of the browser (docs/adr/0021): on every response, no framing by any other
 * site, no content-type sniffing, no address leaking to other sites; on every page, a script policy
 * with a nonce of its own, which every script of the page carries and an injected script lacks.
 */
@SideBySide
class BrowserProtectionsIT {

  static final Pattern NONCE_POLICY = Pattern.compile("script-src 'self' 'nonce-([^']+)'");

  @Test
  void everyResponseForbidsFramingSniffingAndReferrers() throws Exception {
    HttpClient anonymous =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpClient office = WebLogin.as("office");
    Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
    answers.put("the login page", get(anonymous, "/login.xhtml"));
    answers.put("a page before logging in (a redirect)", get(anonymous, "/customers/"));
    answers.put("a style sheet", get(anonymous, "/resources/css/pitstop.css"));
    answers.put("a script", get(anonymous, "/jakarta.faces.resource/core.js.xhtml?ln=primefaces"));
    answers.put("a missing resource", get(anonymous, "/jakarta.faces.resource/none.js.xhtml"));
    answers.put("a page", get(office, "/customers/"));
    answers.put("a missing page", get(office, "/no-such-page.xhtml"));
    answers.put("a forbidden page", get(office, "/auditlog/"));
    answers.put("metrics asked of the pages' port", get(office, "/metrics"));
    assertEquals(302, answers.get("a page before logging in (a redirect)").statusCode());
    assertEquals(404, answers.get("a missing page").statusCode());
    assertEquals(403, answers.get("a forbidden page").statusCode());
    assertEquals(404, answers.get("metrics asked of the pages' port").statusCode());
    answers.forEach(
        (what, answer) -> {
          assertEquals(List.of("DENY"), answer.headers().allValues("X-Frame-Options"), what);
          assertEquals(
              List.of("nosniff"), answer.headers().allValues("X-Content-Type-Options"), what);
          assertEquals(List.of("same-origin"), answer.headers().allValues("Referrer-Policy"), what);
          assertTrue(
              answer.headers().allValues("Content-Security-Policy").stream()
                  .anyMatch(p -> p.contains("frame-ancestors 'none'")),
              what + ": " + answer.headers().allValues("Content-Security-Policy"));
        });
  }

  /**
   * The pages' port, the only one the OpenShift Route reaches, serves no metrics and no health,
   * whoever asks: they are on the management port (docs/adr/0021), where the probes and the
   * cluster's monitoring find them.
   */
  @Test
  void metricsAndHealthAreOnTheManagementPortOnly() throws Exception {
    HttpClient anonymous =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpClient office = WebLogin.as("office");
    for (String path : List.of("/metrics", "/health/ready", "/health")) {
      HttpResponse<String> logIn = get(anonymous, path);
      assertEquals(302, logIn.statusCode(), path + " is a page like any other: log in first");
      assertTrue(logIn.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
      HttpResponse<String> loggedIn = get(office, path);
      assertEquals(404, loggedIn.statusCode(), path);
      assertFalse(loggedIn.body().contains("# TYPE"), path + ": no metrics");
    }
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> metrics =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:7085/metrics")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("# TYPE"), "the metrics");
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:7085/customers/")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(404, page.statusCode(), "no page on the management port");
  }

  @Test
  void everyPageHasAScriptNonceOfItsOwnThatEachOfItsScriptsCarries() throws Exception {
    HttpClient office = WebLogin.as("office");
    String first = null;
    for (String page :
        List.of("/login.xhtml", "/customers/", "/vehicles/register.xhtml", "/workshop/")) {
      HttpResponse<String> answer = get(office, page);
      assertEquals(200, answer.statusCode(), page);
      String nonce = nonceOf(answer);
      assertNotEquals(first, nonce, page + ": a new nonce for each page");
      first = nonce;
      Matcher scripts = Pattern.compile("<script[^>]*>").matcher(answer.body());
      int count = 0;
      while (scripts.find()) {
        assertTrue(
            scripts.group().contains("nonce=\"" + nonce + "\""),
            page + ": a script without the page's nonce: " + scripts.group());
        count++;
      }
      assertTrue(count > 0, page + " has scripts");
      assertFalse(
          Pattern.compile("<[^>]+\\son[a-z]+=\"").matcher(answer.body()).find(),
          page + ": an inline event handler, which no nonce can allow");
    }
  }

  @Test
  void aScriptInjectedIntoAPageDoesNotRun() {
    try (Browser browser = Browser.open("injected-script")) {
      browser.go("/customers/");
      browser.script(
          "var s = document.createElement('script'); s.textContent = 'window.injected = 1;';"
              + " document.body.appendChild(s);");
      assertNull(browser.script("return window.injected;"), "the injected script ran");
      List<String> refused = browser.refusedByThePolicy();
      assertTrue(
          refused.stream().anyMatch(r -> r.contains("script-src")),
          "the browser says the policy refused it: " + refused);
      // the page's own scripts still work: the menu of the logged-in user, PrimeFaces' widgets
      assertEquals("office", browser.text("UserName"));
      assertEquals(
          Boolean.TRUE, browser.script("return !!(window.PrimeFaces && PrimeFaces.widgets);"));
    }
  }

  @Test
  void aPageFramedByAnotherSiteDoesNotRender() throws Exception {
    HttpServer otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String framing =
        """
        <!DOCTYPE html><html><body>
        <iframe id="Pitstop" src="%s/login.xhtml" width="800" height="400"></iframe>
        <iframe id="Own" src="/own.html" width="800" height="100"></iframe>
        </body></html>
        """
            .formatted(Browser.WEB_APP);
    otherSite.createContext("/framing.html", exchange -> answer(exchange, framing));
    otherSite.createContext(
        "/own.html", exchange -> answer(exchange, "<p id=\"OwnText\">framed by its own site</p>"));
    otherSite.start();
    try (Browser browser = Browser.anonymous("framed-by-another-site")) {
      browser.visit(
          URI.create("http://127.0.0.1:" + otherSite.getAddress().getPort() + "/framing.html"));
      assertEquals(
          "framed by its own site",
          browser.frameText("Own"),
          "a frame that may render does (the check below can see a rendered frame)");
      assertFalse(
          browser.frameText("Pitstop").contains("Log in with your Pitstop account"),
          "the web app rendered inside another site's page");
      List<String> refused = browser.refusedByThePolicy();
      assertTrue(
          refused.stream().anyMatch(r -> r.contains("frame-ancestors")),
          "the browser says the web app's policy refused the frame: " + refused);
    } finally {
      otherSite.stop(0);
    }
  }

  static HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(Browser.WEB_APP + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String nonceOf(HttpResponse<String> page) {
    for (String policy : page.headers().allValues("Content-Security-Policy")) {
      Matcher nonce = NONCE_POLICY.matcher(policy);
      if (nonce.find()) {
        return nonce.group(1);
      }
    }
    throw new AssertionError(
        "no script policy with a nonce: " + page.headers().allValues("Content-Security-Policy"));
  }

  static void answer(com.sun.net.httpserver.HttpExchange exchange, String html)
      throws java.io.IOException {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}
