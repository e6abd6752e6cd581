package nl.pitstop.customer.interfaces.rest;

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

class RegisterCustomerRequestTest {

  static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static RegisterCustomerRequest valid() {
    return new RegisterCustomerRequest(
        "3f2b8c1d9e6a4b7c8d0e1f2a3b4c5d6e",
        "Jan Jansen",
        "Kerkstraat 1",
        "1234 AB",
        "Amsterdam",
        "+31612345678",
        "jan@example.com");
  }

  static Map<String, String> violations(RegisterCustomerRequest request) {
    Set<ConstraintViolation<RegisterCustomerRequest>> violations = VALIDATOR.validate(request);
    return violations.stream()
        .collect(
            Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
  }

  @Test
  void aCompleteRequestIsValid() {
    assertEquals(Map.of(), violations(valid()));
  }

  @Test
  void theIdIsOptional() {
    assertEquals(
        Map.of(),
        violations(new RegisterCustomerRequest(null, "N", "A", "P", "C", "T", "n@example.com")));
  }

  @Test
  void everyOtherFieldIsRequiredWithTheOriginalsMessage() {
    assertEquals(
        Map.of(
            "name", "The Name field is required.",
            "address", "The Address field is required.",
            "postalCode", "The Postal code field is required.",
            "city", "The City field is required.",
            "telephoneNumber", "The Phonenumber field is required.",
            "emailAddress", "The Email address field is required."),
        violations(new RegisterCustomerRequest(null, null, "", " ", null, "", null)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jan", "jan@", "@example.com", "jan@example", "jan @example.com"})
  void anInvalidEmailAddressIsNamed(String address) {
    RegisterCustomerRequest v = valid();
    assertEquals(
        Map.of("emailAddress", "The Email address field is not a valid e-mail address."),
        violations(
            new RegisterCustomerRequest(
                v.customerId(),
                v.name(),
                v.address(),
                v.postalCode(),
                v.city(),
                v.telephoneNumber(),
                address)));
  }

  @Test
  void valuesHaveSensibleMaximumLengths() {
    RegisterCustomerRequest v = valid();
    assertEquals(
        Set.of("name", "address", "postalCode", "city", "telephoneNumber"),
        violations(
                new RegisterCustomerRequest(
                    v.customerId(),
                    "n".repeat(101),
                    "a".repeat(201),
                    "p".repeat(21),
                    "c".repeat(101),
                    "t".repeat(31),
                    v.emailAddress()))
            .keySet());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "has space",
        "<script>",
        "123456789012345678901234567890123456789012345678901",
        "id;drop"
      })
  void anIdHoldsOnlyLettersDigitsAndDashes(String id) {
    RegisterCustomerRequest v = valid();
    assertEquals(
        Set.of("customerId"),
        violations(
                new RegisterCustomerRequest(
                    id,
                    v.name(),
                    v.address(),
                    v.postalCode(),
                    v.city(),
                    v.telephoneNumber(),
                    v.emailAddress()))
            .keySet());
  }
}
