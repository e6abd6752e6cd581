package it.nl.pitstop.system.webapp;

import static it.nl.pitstop.system.Pitstop.CUSTOMER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.nl.pitstop.system.Pitstop;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The customer API's v1/v2 canary: the same server, started with {@code CUSTOMER_API_VERSION=2},
 * answers each customer with the {@code loyaltyLevel} of its city and names version 2 in the {@code
 * Pitstop-Api-Version} header, and the web app shows the level on the customer's details; restarted
 * without the variable it is version 1 again, without the field and without the row. The customer
 * server is always left on version 1 for the other tests.
 */
class CustomerApiCanaryIT {

  private static final String VERSION = "CUSTOMER_API_VERSION";
  private static final String HEADER = "Pitstop-Api-Version";

  /** A safety net: should the restart in the test's {@code finally} have failed, once more. */
  @AfterAll
  static void customerApiIsVersionOneAgain() throws Exception {
    String version;
    try {
      version = versionHeader(CUSTOMER.get("api/customers"));
    } catch (AssertionError notAnswering) {
      version = null;
    }
    if (!"1".equals(version)) {
      restartCustomerServer(null);
    }
  }

  @Test
  void versionTwoShowsTheLoyaltyLevelAndVersionOneDoesNot() throws Exception {
    String run = TestData.runId();
    String amsterdam;
    String rotterdam;
    try {
      restartCustomerServer("2");

      amsterdam = register("Canary Amsterdam " + run, " AMSTERDAM ");
      rotterdam = register("Canary Rotterdam " + run, "Rotterdam");

      HttpResponse<String> gold = CUSTOMER.get("api/customers/" + amsterdam);
      assertEquals(200, gold.statusCode(), gold.body());
      assertEquals("2", versionHeader(gold));
      assertEquals(3, HttpJson.json(gold).asJsonObject().getInt("loyaltyLevel"), gold.body());
      HttpResponse<String> bronze = CUSTOMER.get("api/customers/" + rotterdam);
      assertEquals("2", versionHeader(bronze));
      assertEquals(1, HttpJson.json(bronze).asJsonObject().getInt("loyaltyLevel"), bronze.body());

      HttpResponse<String> list = CUSTOMER.get("api/customers?search=canary+" + run);
      assertEquals("2", versionHeader(list));
      Map<String, Integer> levels = levelsById(list);
      assertEquals(3, levels.get(amsterdam), "in the list");
      assertEquals(1, levels.get(rotterdam), "in the list");
      assertTrue(
          HttpJson.json(list).asJsonArray().stream()
              .map(JsonObject.class::cast)
              .allMatch(c -> c.containsKey("loyaltyLevel")),
          "every customer has a level in version 2");

      try (Browser browser = Browser.open("canary-v2")) {
        showDetails(browser, amsterdam);
        assertEquals("Canary Amsterdam " + run, browser.text("Name"));
        assertEquals("Gold (3)", browser.text("LoyaltyLevel"));
        assertEquals("LoyaltyLevel :", rowLabel(browser));
        assertEquals("loyalty loyalty-gold", badgeClass(browser));
        browser.screenshot("gold");

        showDetails(browser, rotterdam);
        assertEquals("Bronze (1)", browser.text("LoyaltyLevel"));
        assertEquals("loyalty loyalty-bronze", badgeClass(browser));
        browser.screenshot("bronze");
      }
    } finally {
      restartCustomerServer(null);
    }

    HttpResponse<String> v1 = CUSTOMER.get("api/customers/" + amsterdam);
    assertEquals(200, v1.statusCode(), v1.body());
    assertEquals("1", versionHeader(v1));
    assertFalse(HttpJson.json(v1).asJsonObject().containsKey("loyaltyLevel"), v1.body());
    HttpResponse<String> list = CUSTOMER.get("api/customers");
    assertEquals("1", versionHeader(list));
    assertFalse(list.body().contains("loyaltyLevel"), "no customer in the list has a level");

    try (Browser browser = Browser.open("canary-v1")) {
      showDetails(browser, amsterdam);
      assertEquals("Canary Amsterdam " + run, browser.text("Name"));
      assertFalse(browser.present("LoyaltyLevel"), "no LoyaltyLevel row in version 1");
      assertFalse(browser.pageSource().contains("LoyaltyLevel :"), "no LoyaltyLevel label");
      browser.screenshot("without-level");
    }
  }

  /**
   * Restarts the customer server with {@code CUSTOMER_API_VERSION} set to {@code version}, or
   * without the variable (the default, version 1) when it is null, and waits until it answers.
   */
  private static void restartCustomerServer(String version) throws Exception {
    Pitstop.tool(
        environment -> {
          if (version == null) {
            environment.remove(VERSION);
          } else {
            environment.put(VERSION, version);
          }
        },
        "server",
        "restart",
        "customer");
    String expected = version == null ? "1" : version;
    assertEquals(expected, versionHeader(CUSTOMER.get("api/customers")), "after the restart");
  }

  private static String register(String name, String city) {
    HttpResponse<String> created =
        CUSTOMER.post(
            "api/customers",
            "{\"name\":\""
                + name
                + "\",\"address\":\"Damrak 1\",\"postalCode\":\"1012 LG\",\"city\":\""
                + city
                + "\",\"telephoneNumber\":\"020-1234567\",\"emailAddress\":\"canary@example.com\"}");
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("2", versionHeader(created));
    JsonObject body = HttpJson.json(created).asJsonObject();
    assertTrue(body.containsKey("loyaltyLevel"), "the 201 body is a v2 customer: " + body);
    return body.getString("customerId");
  }

  private static String versionHeader(HttpResponse<String> response) {
    return response.headers().firstValue(HEADER).orElse(null);
  }

  private static Map<String, Integer> levelsById(HttpResponse<String> list) {
    return HttpJson.json(list).asJsonArray().stream()
        .map(JsonObject.class::cast)
        .filter(c -> c.containsKey("loyaltyLevel"))
        .collect(Collectors.toMap(c -> c.getString("customerId"), c -> c.getInt("loyaltyLevel")));
  }

  /** The customer's details page, reloaded while the web app still sees the API as offline. */
  private static void showDetails(Browser browser, String customerId) {
    browser.go("/customers/details.xhtml?id=" + customerId);
    browser.reloadUntil(
        Duration.ofSeconds(30),
        () -> "Customer Management - details".equals(browser.pageTitle()),
        "the customer's details after the customer server's restart");
  }

  private static String rowLabel(Browser browser) {
    return String.valueOf(
            browser.script(
                "return document.getElementById('LoyaltyLevel').previousElementSibling"
                    + ".textContent"))
        .trim();
  }

  private static String badgeClass(Browser browser) {
    return String.valueOf(
        browser.script("return document.querySelector('#LoyaltyLevel span').className"));
  }
}
