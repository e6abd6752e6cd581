package it.nl.pitstop.system.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.nl.pitstop.system.SideBySide;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Staff log in to the web app and see the pages of their roles only (docs/adr/0011): every page
 * without a login leads to the login page, a page of another role is refused (403, the "not
 * allowed" page), a user with all three roles ({@code garage}) opens every page, a wrong password
 * shows the login page again, and logging out ends the session.
 */
@SideBySide
class WebAccessIT {

  /** Every page, and the roles that open it (web.xml). */
  static final Map<String, Set<String>> PAGES =
      Map.ofEntries(
          Map.entry("/", Set.of("office", "mechanic", "admin")),
          Map.entry("/about.xhtml", Set.of("office", "mechanic", "admin")),
          Map.entry("/customers/", Set.of("office")),
          Map.entry("/customers/register.xhtml", Set.of("office")),
          Map.entry("/customers/details.xhtml?id=nobody", Set.of("office")),
          Map.entry("/vehicles/", Set.of("office")),
          Map.entry("/vehicles/register.xhtml", Set.of("office")),
          Map.entry("/vehicles/details.xhtml?licenseNumber=XX-00-XX", Set.of("office")),
          Map.entry("/workshop/", Set.of("office", "mechanic")),
          Map.entry("/workshop/week.xhtml", Set.of("office", "mechanic")),
          Map.entry(
              "/workshop/job.xhtml?planningDate=2031-01-01&jobId=none",
              Set.of("office", "mechanic")),
          Map.entry("/workshop/schedule.xhtml?planningDate=2031-01-01", Set.of("office")),
          Map.entry(
              "/workshop/finish.xhtml?planningDate=2031-01-01&jobId=none", Set.of("mechanic")),
          Map.entry("/invoices/", Set.of("admin")),
          Map.entry("/invoices/details.xhtml?id=none", Set.of("admin")),
          Map.entry("/auditlog/", Set.of("admin")));

  /** The local users and their roles: one per role, and garage with all three. */
  static final Map<String, List<String>> ROLES_OF_USER =
      Map.of(
          "office", List.of("office"),
          "mechanic", List.of("mechanic"),
          "admin", List.of("admin"),
          "garage", List.of("office", "mechanic", "admin"));

  static HttpResponse<String> get(HttpClient http, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(Browser.WEB_APP + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyPageNeedsALoginAndOpensForItsRolesOnly() throws Exception {
    HttpClient anonymous =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    Map<String, HttpClient> users = new HashMap<>();
    for (String user : ROLES_OF_USER.keySet()) {
      users.put(user, WebLogin.as(user));
    }
    int refused = 0;
    for (Map.Entry<String, Set<String>> page : PAGES.entrySet()) {
      HttpResponse<String> unknown = get(anonymous, page.getKey());
      assertEquals(302, unknown.statusCode(), page.getKey() + " without a login");
      assertTrue(
          unknown.headers().firstValue("Location").orElse("").contains("/login.xhtml"),
          page.getKey() + " leads to the login page: " + unknown.headers().map());
      for (String user : users.keySet()) {
        HttpResponse<String> answer = get(users.get(user), page.getKey());
        if (ROLES_OF_USER.get(user).stream().anyMatch(page.getValue()::contains)) {
          assertTrue(
              answer.statusCode() == 200 || answer.statusCode() == 404,
              page.getKey() + " as " + user + ": " + answer.statusCode());
          assertTrue(answer.body().contains("id=\"UserName\">" + user), page.getKey());
        } else {
          assertEquals(403, answer.statusCode(), page.getKey() + " as " + user);
          assertTrue(answer.body().contains("id=\"ForbiddenMessage\""), page.getKey());
          refused++;
        }
      }
    }
    assertEquals(
        PAGES.values().stream().mapToInt(roles -> 3 - roles.size()).sum(),
        refused,
        "refusals: each page refuses the one-role users of the other roles, garage none");
  }

  @Test
  void theLoginPageIsOpenAndAWrongPasswordShowsItAgain() throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> login = get(http, "/login.xhtml");
    assertEquals(200, login.statusCode());
    assertTrue(login.body().contains("action=\"j_security_check\""), login.body());
    assertFalse(login.body().contains("id=\"UserName\""), "nobody is logged in");

    get(http, "/customers/");
    HttpResponse<String> wrong =
        http.send(
            HttpRequest.newBuilder(URI.create(Browser.WEB_APP + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=office&j_password=wrong"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(
        wrong.statusCode() == 302 || wrong.statusCode() == 200,
        "a wrong password: " + wrong.statusCode());
    HttpResponse<String> failed =
        wrong.statusCode() == 302
            ? get(
                http,
                URI.create(wrong.headers().firstValue("Location").orElseThrow()).getPath()
                    + "?failed=true")
            : wrong;
    assertTrue(failed.body().contains("id=\"LoginFailed\""), failed.body());
    assertEquals(302, get(http, "/customers/").statusCode(), "still not logged in");
  }

  @Test
  void theSessionCookiesAreHttpOnlyAndLoggingOutEndsTheSession() throws Exception {
    try (Browser browser = Browser.open("logout", "office")) {
      browser.go("/customers/");
      browser.expectPage("Customer Management - overview");
      browser.logOut();
      browser.go("/customers/");
      browser.expectPage("Log in");
    }
    CookieManager cookies = new CookieManager();
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    get(http, "/");
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(URI.create(Browser.WEB_APP + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "j_username=admin&j_password="
                            + java.net.URLEncoder.encode(
                                nl.pitstop.testing.Staff.password("admin"),
                                java.nio.charset.StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    List<String> setCookies = login.headers().allValues("Set-Cookie");
    String sso =
        setCookies.stream().filter(c -> c.startsWith("LtpaToken2=")).findFirst().orElseThrow();
    assertTrue(sso.contains("HttpOnly"), sso);
    assertTrue(sso.contains("SameSite=Lax"), sso);
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      assertTrue(cookie.isHttpOnly(), cookie.getName() + " is HttpOnly");
    }
  }

  /** The register form's fields, with this view state; the name makes the customer findable. */
  static String registerForm(String name, String viewState) {
    return String.join(
        "&",
        "RegisterCustomerForm_SUBMIT=1",
        "Name=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8),
        "Address=Laan+1",
        "PostalCode=1000+AA",
        "City=Delft",
        "TelephoneNumber=015",
        "EmailAddress=forged%40example.nl",
        "SubmitButton=",
        "jakarta.faces.ViewState="
            + java.net.URLEncoder.encode(viewState, java.nio.charset.StandardCharsets.UTF_8));
  }

  static HttpResponse<String> post(HttpClient http, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(Browser.WEB_APP + "/customers/register.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static boolean registered(String name) {
    return nl.pitstop.testing.HttpJson.ok(
            it.nl.pitstop.system.Pitstop.CUSTOMER.get(
                "api/customers?search="
                    + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)))
        .toString()
        .contains(name);
  }

  @Test
  void aFormPostedWithoutItsViewStateChangesNothing() throws Exception {
    // What a cross-site request from a logged-in user's browser could send: the form's fields, but
    // not the view state, which only the page itself has (Faces' protection against forgery).
    HttpClient office = WebLogin.as("office");
    String forged = "Forged " + java.util.UUID.randomUUID();
    HttpResponse<String> answer =
        post(office, registerForm(forged, "-1234567890123456789:987654321"));
    assertTrue(
        answer.statusCode() == 200 || answer.statusCode() == 302,
        "the form, not an error: " + answer.statusCode());
    assertFalse(
        answer.headers().firstValue("Location").orElse("").contains("details"),
        "not registered: " + answer.headers().map());

    // The same fields with the view state the page gave: registered. So the view state decides.
    String page = get(office, "/customers/register.xhtml").body();
    java.util.regex.Matcher state =
        java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page);
    assertTrue(state.find(), "the register page has a view state");
    String genuine = "Genuine " + java.util.UUID.randomUUID();
    post(office, registerForm(genuine, state.group(1)));
    nl.pitstop.testing.HttpJson.eventually(
        java.time.Duration.ofSeconds(10), "the genuine registration", () -> registered(genuine));
    assertFalse(registered(forged), "the forged one was not registered");
  }
}
