package nl.pitstop.workshop.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Dutch-style license number: three dash-separated groups of 1–3 digits or 1–3 letters, e.g.
 * {@code AB-12-CD}. Kept in upper case, so that {@code ab-12-cd} is the same vehicle (as the
 * vehicle API has it, ADR 0005; the original compared them case-sensitively and let one vehicle
 * have two overlapping jobs).
 */
public record LicenseNumber(String value) {

  private static final Pattern FORMAT =
      Pattern.compile(
          "^((\\d{1,3}|[a-z]{1,3})-){2}(\\d{1,3}|[a-z]{1,3})$", Pattern.CASE_INSENSITIVE);

  public LicenseNumber {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new InvalidValueException(
          "The specified license-number '" + value + "' is not in the correct format.");
    }
    value = value.toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
