package nl.pitstop.customer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoyaltyLevelTest {

  @ParameterizedTest
  @ValueSource(strings = {"amsterdam", "Amsterdam", "AMSTERDAM", " amsterdam ", "\tAmsterdam\n"})
  void amsterdamIsGoldInAnyCaseAndWithoutItsSurroundingSpaces(String city) {
    assertEquals(LoyaltyLevel.GOLD, LoyaltyLevel.of(city));
  }

  @ParameterizedTest
  @ValueSource(strings = {"den haag", "Den Haag", "DEN HAAG", "  den Haag  "})
  void denHaagIsSilver(String city) {
    assertEquals(LoyaltyLevel.SILVER, LoyaltyLevel.of(city));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "Rotterdam",
        "Delft",
        "Amsterdam-Zuidoost",
        "Amstelveen",
        "denhaag",
        "Den  Haag",
        "'s-Gravenhage",
        "",
        "   "
      })
  void everyOtherCityAndNoCityIsBronze(String city) {
    assertEquals(LoyaltyLevel.BRONZE, LoyaltyLevel.of(city));
  }

  @Test
  void theLevelsAreNumberedAsTheOriginalsApiShowsThem() {
    assertEquals(
        List.of(1, 2, 3),
        List.of(
            LoyaltyLevel.BRONZE.level(), LoyaltyLevel.SILVER.level(), LoyaltyLevel.GOLD.level()));
  }
}
