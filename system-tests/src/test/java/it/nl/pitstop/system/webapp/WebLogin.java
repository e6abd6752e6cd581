package it.nl.pitstop.system.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.pitstop.testing.Staff;

/**
 * Plain HTTP clients on the web app's pages, logged in through its form login as a local user
 * (docs/adr/0011): they keep the session and single sign-on cookies, and do not follow redirects.
 */
public final class WebLogin {

  private WebLogin() {}

  /** A client logged in as this local user (office, mechanic, admin). */
  public static HttpClient as(String user) throws IOException, InterruptedException {
    CookieManager cookies = new CookieManager();
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(Browser.WEB_APP + "/")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(
        page.statusCode() == 302 || page.body().contains("j_security_check"),
        "a page without a login leads to the login page: " + page.statusCode());
    String form =
        "j_username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(Staff.password(user), StandardCharsets.UTF_8);
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(URI.create(Browser.WEB_APP + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, login.statusCode(), "login of " + user + ": " + login.body());
    assertTrue(
        cookies.getCookieStore().getCookies().stream()
            .anyMatch(c -> c.getName().equals("LtpaToken2")),
        "logged in as " + user + ": " + cookies.getCookieStore().getCookies());
    return http;
  }
}
