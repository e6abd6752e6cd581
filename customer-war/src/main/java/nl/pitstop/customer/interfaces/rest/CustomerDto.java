package nl.pitstop.customer.interfaces.rest;

import nl.pitstop.customer.domain.Customer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A customer as the API shows it (the original's camelCase fields). {@code loyaltyLevel} is there
 * only in API version 2; in version 1 it is null, which JSON-B leaves out of the JSON altogether.
 */
public record CustomerDto(
    String customerId,
    String name,
    String address,
    String postalCode,
    String city,
    String telephoneNumber,
    String emailAddress,
    @Schema(
            description =
                "Only in API version 2 (customer.api.version=2): 1 bronze, 2 silver, 3 gold,"
                    + " computed from the city (Amsterdam gold, Den Haag silver). Absent in"
                    + " version 1.",
            minimum = "1",
            maximum = "3")
        Integer loyaltyLevel) {

  /** The customer as this version of the API shows it. */
  static CustomerDto of(Customer customer, ApiVersion version) {
    return new CustomerDto(
        customer.customerId(),
        customer.name(),
        customer.address(),
        customer.postalCode(),
        customer.city(),
        customer.telephoneNumber(),
        customer.emailAddress(),
        version.showsLoyaltyLevel() ? customer.loyaltyLevel().level() : null);
  }
}
