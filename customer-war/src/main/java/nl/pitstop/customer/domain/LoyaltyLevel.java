package nl.pitstop.customer.domain;

import java.util.Locale;

/**
 * How loyal a customer is, as the original's customer API v2 computes it from the city: customers
 * in Amsterdam are gold, in Den Haag silver, everywhere else bronze. The city is compared without
 * its surrounding spaces and in any case ({@code " AMSTERDAM "} is gold); "Den Haag" must be those
 * two words ({@code "'s-Gravenhage"} and {@code "DenHaag"} are bronze). Computed, never stored.
 */
public enum LoyaltyLevel {
  BRONZE(1),
  SILVER(2),
  GOLD(3);

  private final int level;

  LoyaltyLevel(int level) {
    this.level = level;
  }

  /** The level as the API shows it: 1 bronze, 2 silver, 3 gold. */
  public int level() {
    return level;
  }

  /** The level of a customer in this city; no city (null or blank) is bronze. */
  public static LoyaltyLevel of(String city) {
    if (city == null) {
      return BRONZE;
    }
    return switch (city.strip().toLowerCase(Locale.ROOT)) {
      case "amsterdam" -> GOLD;
      case "den haag" -> SILVER;
      default -> BRONZE;
    };
  }
}
