package nl.pitstop.vehicle.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterVehicleRequestTest {

  static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static RegisterVehicleRequest withLicenseNumber(String licenseNumber) {
    return new RegisterVehicleRequest(
        licenseNumber, "Volkswagen", "Tiguan", "3f2b8c1d9e6a4b7c8d0e1f2a3b4c5d6e");
  }

  static Map<String, String> violations(RegisterVehicleRequest request) {
    Set<ConstraintViolation<RegisterVehicleRequest>> violations = VALIDATOR.validate(request);
    return violations.stream()
        .collect(
            Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
  }

  @ParameterizedTest
  @ValueSource(strings = {"AB-12-CD", "ab-12-cd", " 1-2-3 ", "12-ABC-3"})
  void aCompleteRequestIsValid(String licenseNumber) {
    assertEquals(Map.of(), violations(withLicenseNumber(licenseNumber)));
  }

  @Test
  void everyFieldIsRequiredWithTheOriginalsMessage() {
    assertEquals(
        Map.of(
            "licenseNumber", "The License number field is required.",
            "brand", "The Brand field is required.",
            "type", "The Type field is required.",
            "ownerId", "The Owner field is required."),
        violations(new RegisterVehicleRequest(" ", null, "", " ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456", "ABCD-1-2", "A1-2-3", "AB-12-CD-EF", "<b>AB-12-CD</b>"})
  void anInvalidLicenseNumberIsNamedWithTheOriginalsMessage(String licenseNumber) {
    assertEquals(
        Map.of(
            "licenseNumber",
            "The specified license-number '" + licenseNumber + "' was not in the correct format."),
        violations(withLicenseNumber(licenseNumber)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${1+1}",
        "{jakarta.validation.constraints.NotNull.message}",
        "#{'a'}",
        "\\{x\\}",
        "$",
        "}{"
      })
  void theClientsValueIsEchoedLiterallyNeverInterpolated(String licenseNumber) {
    assertEquals(
        "The specified license-number '" + licenseNumber + "' was not in the correct format.",
        violations(withLicenseNumber(licenseNumber)).get("licenseNumber"));
  }

  @Test
  void valuesHaveSensibleMaximumLengths() {
    assertEquals(
        Set.of("brand", "type"),
        violations(new RegisterVehicleRequest("AB-12-CD", "b".repeat(51), "t".repeat(51), "c1"))
            .keySet());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"has space", "<script>", "123456789012345678901234567890123456789012345678901"})
  void theOwnerIsACustomerId(String ownerId) {
    assertEquals(
        Map.of("ownerId", "The owner id may only hold letters, digits and dashes (at most 50)."),
        violations(new RegisterVehicleRequest("AB-12-CD", "Volkswagen", "Tiguan", ownerId)));
  }
}
