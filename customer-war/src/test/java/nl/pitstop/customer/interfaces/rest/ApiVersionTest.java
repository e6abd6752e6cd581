package nl.pitstop.customer.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiVersionTest {

  @Test
  void oneAndTwoAreTheVersions() {
    assertEquals(ApiVersion.V1, ApiVersion.parse("1"));
    assertEquals(ApiVersion.V2, ApiVersion.parse("2"));
    assertEquals(ApiVersion.V2, ApiVersion.parse(" 2 "));
    assertEquals(1, ApiVersion.V1.number());
    assertEquals(2, ApiVersion.V2.number());
  }

  @Test
  void onlyVersionTwoShowsTheLoyaltyLevel() {
    assertFalse(ApiVersion.V1.showsLoyaltyLevel());
    assertTrue(ApiVersion.V2.showsLoyaltyLevel());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"3", "0", "abc", "v2", "V2", "2.0", "", " ", "12"})
  void anythingElseIsRejectedNamingTheSettingAndTheValidValues(String setting) {
    IllegalArgumentException rejected =
        assertThrows(IllegalArgumentException.class, () -> ApiVersion.parse(setting));

    assertEquals(
        "Invalid customer API version '"
            + setting
            + "' in customer.api.version (environment variable CUSTOMER_API_VERSION): it must be"
            + " one of 1, 2.",
        rejected.getMessage());
  }

  @Test
  void theConfiguredVersionIsValidatedWhenItIsCreated() {
    assertEquals(ApiVersion.V1, new ConfiguredApiVersion("1").current());
    assertEquals(ApiVersion.V2, new ConfiguredApiVersion("2").current());
    assertThrows(IllegalArgumentException.class, () -> new ConfiguredApiVersion("3"));
    assertThrows(IllegalArgumentException.class, () -> new ConfiguredApiVersion("abc"));
  }
}
