package nl.pitstop.vehicle.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A vehicle's license number: three dash-separated groups, each 1 to 3 digits or 1 to 3 letters,
 * e.g. {@code AB-12-CD}, {@code 12-ABC-3} or {@code 1-2-3} (the original's rule, case-insensitive).
 *
 * <p>License numbers that differ only in case (or in surrounding blanks) are the same vehicle: the
 * original's SQL Server collation made them collide. We keep one normal form instead of relying on
 * a database collation: stripped and in upper case, as license plates are written. It is what is
 * stored, published in {@code VehicleRegistered} and used in URLs; lookups normalise their input
 * the same way (see docs/adr/0005-license-numbers-in-upper-case.md).
 *
 * @param value the license number in normal form
 */
public record LicenseNumber(String value) {

  /** The original's rule, applied to the stripped value. ASCII digits and letters only. */
  private static final Pattern FORMAT =
      Pattern.compile(
          "^((\\d{1,3}|[a-z]{1,3})-){2}(\\d{1,3}|[a-z]{1,3})$", Pattern.CASE_INSENSITIVE);

  /**
   * @throws InvalidLicenseNumberException when the value does not have the license-number format
   */
  public LicenseNumber {
    Objects.requireNonNull(value, "licenseNumber");
    if (!isValid(value)) {
      throw new InvalidLicenseNumberException(value);
    }
    value = normalForm(value);
  }

  /** Whether the value (ignoring surrounding blanks) has the license-number format. */
  public static boolean isValid(String candidate) {
    return candidate != null && FORMAT.matcher(candidate.strip()).matches();
  }

  /**
   * The normal form of a license number to look up, without checking its format: a value that is
   * not a license number finds nothing.
   */
  public static String normalForm(String candidate) {
    return candidate.strip().toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
