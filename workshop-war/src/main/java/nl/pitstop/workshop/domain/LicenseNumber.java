package nl.pitstop.workshop.domain;

import java.util.regex.Pattern;

/**
 * A Dutch-style license number: three dash-separated groups of 1–3 digits or 1–3 letters, e.g.
 * {@code AB-12-CD}. Compared as written (case-sensitive), as the original did.
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
  }

  @Override
  public String toString() {
    return value;
  }
}
