package nl.pitstop.vehicle.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LicenseNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"AB-12-CD", "12-ABC-3", "1-2-3", "ab-12-cd", "A-B-C", "123-456-789", "XyZ-1-z"})
  void threeGroupsOfOneToThreeDigitsOrLettersAreLicenseNumbers(String value) {
    assertTrue(LicenseNumber.isValid(value));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "123456",
        "ABCD-1-2",
        "A1-2-3",
        "1-2",
        "1-2-3-4",
        "1--3",
        "-1-2-3",
        "1-2-3-",
        "1234-1-1",
        "AB 12 CD",
        "ÄB-12-CD",
        "١-٢-٣",
        "\u212A-1-2",
        ""
      })
  void anythingElseIsNot(String value) {
    assertFalse(LicenseNumber.isValid(value), value);
  }

  @Test
  void nullIsNoLicenseNumber() {
    assertFalse(LicenseNumber.isValid(null));
    assertThrows(NullPointerException.class, () -> new LicenseNumber(null));
  }

  @Test
  void isKeptStrippedInUpperCase() {
    assertEquals("AB-12-CD", new LicenseNumber(" ab-12-Cd ").value());
    assertEquals(new LicenseNumber("AB-12-CD"), new LicenseNumber("ab-12-cd"));
    assertEquals("AB-12-CD", new LicenseNumber("ab-12-cd").toString());
  }

  @Test
  void anInvalidValueIsRejectedWithTheOriginalsMessageNamingItAsGiven() {
    InvalidLicenseNumberException rejected =
        assertThrows(InvalidLicenseNumberException.class, () -> new LicenseNumber("123456"));

    assertEquals(
        "The specified license-number '123456' was not in the correct format.",
        rejected.getMessage());
  }

  @Test
  void theNormalFormOfAnyValueIsItsStrippedUpperCase() {
    assertEquals("AB-12-CD", LicenseNumber.normalForm("\tab-12-cd "));
    assertEquals("NOT A PLATE", LicenseNumber.normalForm("not a plate"));
  }
}
