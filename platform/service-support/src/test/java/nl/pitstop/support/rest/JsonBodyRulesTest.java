package nl.pitstop.support.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonBodyRulesTest {

  record Vehicle(String licenseNumber, String brand) {}

  record Job(
      UUID jobId,
      LocalDate day,
      int hours,
      Boolean urgent,
      Vehicle vehicle,
      List<String> tags,
      String notes) {}

  static List<String> errors(String json, Class<?> type) {
    JsonValue body = Json.createReader(new StringReader(json)).readValue();
    return JsonBodyRules.check(body, type).stream()
        .map(e -> e.field() + " " + e.message())
        .toList();
  }

  @Test
  void aBodyThatFitsHasNoErrors() {
    assertEquals(
        List.of(),
        errors(
            """
            {"jobId": "5b0f5f48-3c5a-4a1e-9a47-7cbd6c4d7a10", "day": "2026-12-01", "hours": 2,
             "urgent": true, "vehicle": {"licenseNumber": "AB-12-CD", "brand": "Volvo"},
             "tags": ["a", "b"], "notes": "Line one\\nline two\\ttabbed <b>'; DROP TABLE x;--"}
            """,
            Job.class));
  }

  @Test
  void nullAndMissingFieldsAreLeftToBeanValidation() {
    assertEquals(List.of(), errors("{\"jobId\": null, \"vehicle\": null}", Job.class));
    assertEquals(List.of(), errors("{}", Job.class));
    assertEquals(List.of(), errors("null", Job.class));
  }

  @Test
  void aNumberOrBooleanForTextIsAnError() {
    assertEquals(List.of("brand must be a JSON string."), errors("{\"brand\": 1}", Vehicle.class));
    assertEquals(
        List.of("brand must be a JSON string."), errors("{\"brand\": false}", Vehicle.class));
    assertEquals(
        List.of("licenseNumber must be a JSON string."),
        errors("{\"licenseNumber\": [\"AB\"]}", Vehicle.class));
    assertEquals(List.of("day must be a JSON string."), errors("{\"day\": 20261201}", Job.class));
  }

  @Test
  void otherTypesAreCheckedToo() {
    assertEquals(
        List.of(
            "hours must be a JSON number.",
            "urgent must be true or false.",
            "tags must be a JSON array."),
        errors("{\"hours\": \"2\", \"urgent\": \"yes\", \"tags\": \"a\"}", Job.class));
    assertEquals(
        List.of("tags[1] must be a JSON string."), errors("{\"tags\": [\"a\", 2]}", Job.class));
  }

  @Test
  void nestedRecordsAreCheckedByPath() {
    assertEquals(
        List.of(
            "vehicle.brand must be a JSON string.",
            "vehicle.colour is not a field of this request."),
        errors("{\"vehicle\": {\"brand\": 3, \"colour\": \"red\"}}", Job.class));
    assertEquals(
        List.of("vehicle must be a JSON object."), errors("{\"vehicle\": \"AB\"}", Job.class));
  }

  @Test
  void unknownFieldsAreErrors() {
    assertEquals(
        List.of("licencenumber is not a field of this request."),
        errors("{\"licencenumber\": \"AB-12-CD\"}", Vehicle.class));
  }

  @Test
  void theBodyMustBeAnObject() {
    assertEquals(List.of("body must be a JSON object."), errors("[1, 2]", Vehicle.class));
    assertEquals(List.of("body must be a JSON object."), errors("\"AB\"", Vehicle.class));
    assertEquals(List.of("body must be a JSON object."), errors("42", Vehicle.class));
  }

  @Test
  void controlCharactersInTextAreErrors() {
    assertEquals(
        List.of("brand may not contain control characters."),
        errors("{\"brand\": \"Vol\\u0000vo\"}", Vehicle.class));
    assertEquals(
        List.of("brand may not contain control characters."),
        errors("{\"brand\": \"\\u001b[31m\"}", Vehicle.class));
    assertEquals(
        List.of("brand may not contain control characters."),
        errors("{\"brand\": \"half \\ud800 pair\"}", Vehicle.class));
  }

  @Test
  void printableTextAllowsTabsNewlinesAndAllOfUnicode() {
    assertTrue(JsonBodyRules.isPrintable("Zoë's \"garage\"\r\n\tß 🚗 <script>"));
    assertFalse(JsonBodyRules.isPrintable("bell\u0007"));
    assertFalse(JsonBodyRules.isPrintable("del\u007f"));
    assertFalse(JsonBodyRules.isPrintable("c1\u0085"));
    assertFalse(JsonBodyRules.isPrintable("\udc00 low first"));
  }

  @Test
  void onlyRecordsAreChecked() {
    assertTrue(JsonBodyRules.applies(Vehicle.class));
    assertFalse(JsonBodyRules.applies(String.class));
  }
}
