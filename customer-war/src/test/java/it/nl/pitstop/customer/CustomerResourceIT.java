package it.nl.pitstop.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.SharedContainerConfig;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
@SharedContainerConfig(CustomerContainers.class)
class CustomerResourceIT {

  @BeforeAll
  static void serverIsReady() throws InterruptedException {
    Api.awaitReady();
  }

  static String customer(String id, String name) {
    return """
        {"customerId": %s, "name": "%s", "address": "Kerkstraat 1", "postalCode": "1234 AB",
         "city": "Amsterdam", "telephoneNumber": "+31612345678", "emailAddress": "jan@example.com"}
        """
        .formatted(id == null ? "null" : "\"" + id + "\"", name);
  }

  static String newId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  @Test
  void registersACustomerAndAnswersWithItsLocation() {
    String id = newId();
    HttpResponse<String> created = Api.CUSTOMER.post("api/customers", customer(id, "Jan Jansen"));

    assertEquals(201, created.statusCode(), created.body());
    assertEquals(
        Api.CUSTOMER.uri("api/customers/" + id).toString(),
        created.headers().firstValue("Location").orElseThrow());
    JsonObject body = HttpJson.json(created).asJsonObject();
    assertEquals(id, body.getString("customerId"));
    assertEquals("Jan Jansen", body.getString("name"));

    HttpResponse<String> fetched = Api.CUSTOMER.get("api/customers/" + id);
    assertEquals(200, fetched.statusCode());
    JsonObject stored = HttpJson.json(fetched).asJsonObject();
    assertEquals(
        List.of(
            "address",
            "city",
            "customerId",
            "emailAddress",
            "name",
            "postalCode",
            "telephoneNumber"),
        stored.keySet().stream().sorted().toList());
    assertEquals("1234 AB", stored.getString("postalCode"));
    assertEquals("jan@example.com", stored.getString("emailAddress"));
  }

  /**
   * The build starts the server with the default API version 1: customers without any {@code
   * loyaltyLevel} key (not even null, although the city is Amsterdam), and every answer names
   * version 1.
   */
  @Test
  void versionOneAnswersWithoutLoyaltyLevelAndNamesItsVersion() {
    String id = newId();
    HttpResponse<String> created = Api.CUSTOMER.post("api/customers", customer(id, "Versie Een"));
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("1", created.headers().firstValue("Pitstop-Api-Version").orElse(null));
    assertFalse(HttpJson.json(created).asJsonObject().containsKey("loyaltyLevel"), created.body());

    HttpResponse<String> fetched = Api.CUSTOMER.get("api/customers/" + id);
    assertEquals(200, fetched.statusCode());
    assertEquals("1", fetched.headers().firstValue("Pitstop-Api-Version").orElse(null));
    assertFalse(fetched.body().contains("loyaltyLevel"), fetched.body());

    HttpResponse<String> list = Api.CUSTOMER.get("api/customers");
    assertEquals("1", list.headers().firstValue("Pitstop-Api-Version").orElse(null));
    assertFalse(list.body().contains("loyaltyLevel"), "in the list");

    HttpResponse<String> unknown = Api.CUSTOMER.get("api/customers/" + newId());
    assertEquals(404, unknown.statusCode());
    assertEquals("1", unknown.headers().firstValue("Pitstop-Api-Version").orElse(null));
  }

  @Test
  void choosesAnIdWhenTheClientGivesNone() {
    HttpResponse<String> created = Api.CUSTOMER.post("api/customers", customer(null, "Zonder Id"));

    assertEquals(201, created.statusCode(), created.body());
    String id = HttpJson.json(created).asJsonObject().getString("customerId");
    assertTrue(id.matches("[0-9a-f]{32}"), id);
    assertEquals(200, Api.CUSTOMER.get("api/customers/" + id).statusCode());
  }

  @Test
  void listsRegisteredCustomers() {
    String id = newId();
    Api.CUSTOMER.post("api/customers", customer(id, "In De Lijst " + id));

    HttpResponse<String> list = Api.CUSTOMER.get("api/customers?search=" + id);

    assertEquals(200, list.statusCode());
    JsonArray customers = HttpJson.json(list).asJsonArray();
    assertTrue(
        customers.stream()
            .map(JsonObject.class::cast)
            .anyMatch(c -> c.getString("customerId").equals(id)));
  }

  @Test
  void aDuplicateIdIsAConflict() {
    String id = newId();
    assertEquals(201, Api.CUSTOMER.post("api/customers", customer(id, "Eerste")).statusCode());

    HttpResponse<String> again = Api.CUSTOMER.post("api/customers", customer(id, "Tweede"));

    assertEquals(409, again.statusCode());
    assertEquals(
        "application/problem+json", again.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(409, HttpJson.json(again).asJsonObject().getInt("status"));
    assertEquals(
        "Eerste",
        HttpJson.json(Api.CUSTOMER.get("api/customers/" + id)).asJsonObject().getString("name"));
  }

  @Test
  void namesEveryInvalidField() {
    HttpResponse<String> response =
        Api.CUSTOMER.post(
            "api/customers", "{\"name\": \" \", \"emailAddress\": \"not-an-address\"}");

    assertEquals(400, response.statusCode());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    JsonObject problem = HttpJson.json(response).asJsonObject();
    assertEquals(
        List.of(
            "address: The Address field is required.",
            "city: The City field is required.",
            "emailAddress: The Email address field is not a valid e-mail address.",
            "name: The Name field is required.",
            "postalCode: The Postal code field is required.",
            "telephoneNumber: The Phonenumber field is required."),
        problem.getJsonArray("errors").stream()
            .map(JsonObject.class::cast)
            .map(e -> e.getString("field") + ": " + e.getString("message"))
            .toList());
  }

  @Test
  void rejectsTooLongValues() {
    HttpResponse<String> response =
        Api.CUSTOMER.post("api/customers", customer(newId(), "x".repeat(101)));

    assertEquals(400, response.statusCode());
    assertEquals(
        "name",
        HttpJson.json(response)
            .asJsonObject()
            .getJsonArray("errors")
            .getJsonObject(0)
            .getString("field"));
  }

  @Test
  void malformedJsonIsABadRequestWithoutStackTrace() {
    for (String body : List.of("{\"name\":", "[1,2]", "\"text\"", "{\"name\": 12}x", "")) {
      HttpResponse<String> response = Api.CUSTOMER.post("api/customers", body);
      assertEquals(400, response.statusCode(), body + " -> " + response.body());
      assertFalse(response.body().contains("Exception"), response.body());
    }
  }

  @Test
  void anUnknownCustomerIsNotFound() {
    HttpResponse<String> response = Api.CUSTOMER.get("api/customers/" + newId());

    assertEquals(404, response.statusCode());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void unknownRoutesAndMethodsAnswerWithProblems() {
    HttpResponse<String> route = Api.CUSTOMER.get("api/nothing-here");
    assertEquals(404, route.statusCode());
    assertEquals(
        "application/problem+json", route.headers().firstValue("Content-Type").orElseThrow());

    HttpResponse<String> method =
        Api.CUSTOMER.send(
            java.net.http.HttpRequest.newBuilder(Api.CUSTOMER.uri("api/customers")).DELETE());
    assertEquals(405, method.statusCode());
    assertEquals(
        "Method Not Allowed",
        ((JsonString) HttpJson.json(method).asJsonObject().get("title")).getString());
  }
}
