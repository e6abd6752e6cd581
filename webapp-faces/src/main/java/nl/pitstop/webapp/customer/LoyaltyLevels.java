package nl.pitstop.webapp.customer;

import java.util.Locale;

/**
 * How the details page shows a customer's {@code loyaltyLevel}, which only the customer API's
 * version 2 sends (a number): 1 bronze, 2 silver, 3 gold, as the API's contract defines them. A
 * number the web app does not know yet is shown as it is, without a name.
 */
public final class LoyaltyLevels {

  private LoyaltyLevels() {}

  /** "Bronze", "Silver" or "Gold"; null for a level without a name (or no level). */
  public static String name(Integer level) {
    if (level == null) {
      return null;
    }
    return switch (level) {
      case 1 -> "Bronze";
      case 2 -> "Silver";
      case 3 -> "Gold";
      default -> null;
    };
  }

  /** The badge's text, e.g. "Gold (3)"; an unknown level is just its number; no level is null. */
  public static String label(Integer level) {
    if (level == null) {
      return null;
    }
    String name = name(level);
    return name == null ? String.valueOf(level) : name + " (" + level + ")";
  }

  /**
   * The badge's CSS classes: {@code loyalty} and, for a named level, e.g. {@code loyalty-gold}
   * (colours in pitstop.css).
   */
  public static String styleClass(Integer level) {
    String name = name(level);
    return name == null ? "loyalty" : "loyalty loyalty-" + name.toLowerCase(Locale.ROOT);
  }
}
