package nl.pitstop.customer.interfaces.rest;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The versions of the customer API one image can answer, chosen per server by the setting {@code
 * customer.api.version} (environment variable {@code CUSTOMER_API_VERSION}): version 2 adds each
 * customer's computed {@code loyaltyLevel}, which lets a canary run v2 next to v1.
 */
public enum ApiVersion {
  V1(1, false),
  V2(2, true);

  /** The MicroProfile Config property that chooses the version. */
  public static final String PROPERTY = "customer.api.version";

  /** The environment variable that sets {@link #PROPERTY} (Liberty's and MP Config's rule). */
  public static final String ENVIRONMENT_VARIABLE = "CUSTOMER_API_VERSION";

  private final int number;
  private final boolean showsLoyaltyLevel;

  ApiVersion(int number, boolean showsLoyaltyLevel) {
    this.number = number;
    this.showsLoyaltyLevel = showsLoyaltyLevel;
  }

  /** 1 or 2, as in the {@code Pitstop-Api-Version} header. */
  public int number() {
    return number;
  }

  /** Whether the customers this version answers carry their {@code loyaltyLevel}. */
  public boolean showsLoyaltyLevel() {
    return showsLoyaltyLevel;
  }

  /**
   * The version a setting names: {@code 1} or {@code 2}, surrounding spaces ignored.
   *
   * @throws IllegalArgumentException for anything else, naming the setting and the valid values
   */
  public static ApiVersion parse(String value) {
    String number = value == null ? "" : value.strip();
    for (ApiVersion version : values()) {
      if (String.valueOf(version.number).equals(number)) {
        return version;
      }
    }
    throw new IllegalArgumentException(
        "Invalid customer API version '"
            + value
            + "' in "
            + PROPERTY
            + " (environment variable "
            + ENVIRONMENT_VARIABLE
            + "): it must be one of "
            + Arrays.stream(values())
                .map(version -> String.valueOf(version.number))
                .collect(Collectors.joining(", "))
            + ".");
  }
}
