package it.nl.pitstop.vehicle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.SharedContainerConfig;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
@SharedContainerConfig(VehicleContainers.class)
class VehicleResourceIT {

  @BeforeAll
  static void serverIsReady() throws InterruptedException {
    Api.awaitReady();
  }

  static List<String> fieldErrors(JsonObject problem) {
    return problem.getJsonArray("errors").stream()
        .map(JsonObject.class::cast)
        .map(e -> e.getString("field") + ": " + e.getString("message"))
        .toList();
  }

  @Test
  void registersAVehicleAndAnswersWithItsLocation() {
    String plate = Api.newLicenseNumber();
    HttpResponse<String> created = Api.VEHICLE.post("api/vehicles", Api.vehicle(plate, "c1"));

    assertEquals(201, created.statusCode(), created.body());
    assertEquals(
        Api.VEHICLE.uri("api/vehicles/" + plate).toString(),
        created.headers().firstValue("Location").orElseThrow());
    JsonObject body = HttpJson.json(created).asJsonObject();
    assertEquals(plate, body.getString("licenseNumber"));
    assertEquals("Volkswagen", body.getString("brand"));

    HttpResponse<String> fetched = Api.VEHICLE.get("api/vehicles/" + plate);
    assertEquals(200, fetched.statusCode());
    JsonObject stored = HttpJson.json(fetched).asJsonObject();
    assertEquals(
        List.of("brand", "licenseNumber", "ownerId", "type"),
        stored.keySet().stream().sorted().toList());
    assertEquals("Tiguan", stored.getString("type"));
    assertEquals("c1", stored.getString("ownerId"));
  }

  @Test
  void theLocationIsCleanWhateverThePathPostedTo() {
    String plate = Api.newLicenseNumber();
    HttpResponse<String> created =
        Api.VEHICLE.post("api/vehicles/?source=test", Api.vehicle(plate, "c1"));

    assertEquals(201, created.statusCode(), created.body());
    assertEquals(
        Api.VEHICLE.uri("api/vehicles/" + plate).toString(),
        created.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void aLicenseNumberIsStoredInUpperCaseAndFoundInAnyCase() {
    String plate = Api.newLicenseNumber();
    String lower = plate.toLowerCase(Locale.ROOT);

    HttpResponse<String> created =
        Api.VEHICLE.post("api/vehicles", Api.vehicle(" " + lower + " ", "c1"));

    assertEquals(201, created.statusCode(), created.body());
    assertEquals(plate, HttpJson.json(created).asJsonObject().getString("licenseNumber"));
    assertEquals(
        Api.VEHICLE.uri("api/vehicles/" + plate).toString(),
        created.headers().firstValue("Location").orElseThrow());
    HttpResponse<String> fetched = Api.VEHICLE.get("api/vehicles/" + lower);
    assertEquals(200, fetched.statusCode());
    assertEquals(plate, HttpJson.json(fetched).asJsonObject().getString("licenseNumber"));
  }

  @Test
  void listsRegisteredVehicles() {
    String plate = Api.newLicenseNumber();
    Api.VEHICLE.post("api/vehicles", Api.vehicle(plate, "c1"));

    HttpResponse<String> list = Api.VEHICLE.get("api/vehicles?search=" + plate);

    assertEquals(200, list.statusCode());
    JsonArray vehicles = HttpJson.json(list).asJsonArray();
    assertTrue(
        vehicles.stream()
            .map(JsonObject.class::cast)
            .anyMatch(v -> v.getString("licenseNumber").equals(plate)));
  }

  @Test
  void aDuplicateLicenseNumberInAnyCaseIsAConflict() {
    String plate = Api.newLicenseNumber();
    assertEquals(201, Api.VEHICLE.post("api/vehicles", Api.vehicle(plate, "first")).statusCode());

    for (String again : List.of(plate, plate.toLowerCase(Locale.ROOT))) {
      HttpResponse<String> conflict = Api.VEHICLE.post("api/vehicles", Api.vehicle(again, "x"));

      assertEquals(409, conflict.statusCode(), again);
      JsonObject problem = HttpJson.problem(conflict);
      assertEquals(409, problem.getInt("status"));
      assertEquals(
          "A vehicle with license number '" + plate + "' is already registered.",
          problem.getString("errorMessage"));
    }
    assertEquals(
        "first",
        HttpJson.json(Api.VEHICLE.get("api/vehicles/" + plate))
            .asJsonObject()
            .getString("ownerId"));
  }

  @Test
  void anInvalidLicenseNumberIsABadRequestWithTheOriginalsMessage() {
    HttpResponse<String> response = Api.VEHICLE.post("api/vehicles", Api.vehicle("123456", "c1"));

    assertEquals(400, response.statusCode());
    JsonObject problem = HttpJson.problem(response);
    String message = "The specified license-number '123456' was not in the correct format.";
    assertEquals(400, problem.getInt("status"));
    assertEquals(message, problem.getString("detail"));
    assertEquals(List.of("licenseNumber: " + message), fieldErrors(problem));
    assertEquals(404, Api.VEHICLE.get("api/vehicles/123456").statusCode());
  }

  @Test
  void namesEveryInvalidField() {
    HttpResponse<String> response =
        Api.VEHICLE.post("api/vehicles", "{\"licenseNumber\": \"ABCD-1-2\", \"brand\": \" \"}");

    assertEquals(400, response.statusCode());
    JsonObject problem = HttpJson.problem(response);
    assertEquals(
        List.of(
            "brand: The Brand field is required.",
            "licenseNumber: The specified license-number 'ABCD-1-2' was not in the correct format.",
            "ownerId: The Owner field is required.",
            "type: The Type field is required."),
        fieldErrors(problem));
  }

  @Test
  void aMissingLicenseNumberIsRequired() {
    HttpResponse<String> response =
        Api.VEHICLE.post(
            "api/vehicles",
            "{\"brand\": \"Volkswagen\", \"type\": \"Tiguan\", \"ownerId\": \"c1\"}");

    assertEquals(400, response.statusCode());
    JsonObject problem = HttpJson.problem(response);
    assertEquals("The License number field is required.", problem.getString("detail"));
    assertEquals(
        List.of("licenseNumber: The License number field is required."), fieldErrors(problem));
  }

  @Test
  void aMissingBodyIsABadRequest() {
    HttpResponse<String> response =
        Api.VEHICLE.send(
            HttpRequest.newBuilder(Api.VEHICLE.uri("api/vehicles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));

    assertEquals(400, response.statusCode(), response.body());
    assertEquals(400, HttpJson.problem(response).getInt("status"));
  }

  @Test
  void malformedJsonIsABadRequestWithoutStackTrace() {
    for (String body :
        List.of("{\"licenseNumber\":", "[1,2]", "\"text\"", "{\"brand\": 12}x", "{,}")) {
      HttpResponse<String> response = Api.VEHICLE.post("api/vehicles", body);
      assertEquals(400, response.statusCode(), body + " -> " + response.body());
      assertEquals(400, HttpJson.problem(response).getInt("status"));
      assertFalse(response.body().contains("Exception"), response.body());
    }
  }

  @Test
  void anUnknownVehicleIsNotFound() {
    HttpResponse<String> response = Api.VEHICLE.get("api/vehicles/" + Api.newLicenseNumber());

    assertEquals(404, response.statusCode());
    JsonObject problem = HttpJson.problem(response);
    assertEquals(404, problem.getInt("status"));
    assertNull(problem.get("errors"));
  }

  @Test
  void unknownRoutesMethodsAndMediaTypesAnswerWithProblems() {
    HttpResponse<String> route = Api.VEHICLE.get("api/nothing-here");
    assertEquals(404, route.statusCode());
    assertEquals(404, HttpJson.problem(route).getInt("status"));

    HttpResponse<String> method =
        Api.VEHICLE.send(HttpRequest.newBuilder(Api.VEHICLE.uri("api/vehicles")).DELETE());
    assertEquals(405, method.statusCode());
    assertEquals("Method Not Allowed", HttpJson.problem(method).getString("title"));

    HttpResponse<String> mediaType =
        Api.VEHICLE.send(
            HttpRequest.newBuilder(Api.VEHICLE.uri("api/vehicles"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(Api.newLicenseNumber())));
    assertEquals(415, mediaType.statusCode());
    assertEquals(415, HttpJson.problem(mediaType).getInt("status"));
  }
}
