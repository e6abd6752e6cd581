package nl.pitstop.customer.interfaces.rest;

import nl.pitstop.customer.domain.Customer;

/** A customer as the API shows it (the original's camelCase fields). */
public record CustomerDto(
    String customerId,
    String name,
    String address,
    String postalCode,
    String city,
    String telephoneNumber,
    String emailAddress) {

  static CustomerDto of(Customer customer) {
    return new CustomerDto(
        customer.customerId(),
        customer.name(),
        customer.address(),
        customer.postalCode(),
        customer.city(),
        customer.telephoneNumber(),
        customer.emailAddress());
  }
}
