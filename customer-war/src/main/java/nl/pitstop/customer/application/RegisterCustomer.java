package nl.pitstop.customer.application;

/** Command: register a new customer. A null customer id lets the service choose one. */
public record RegisterCustomer(
    String customerId,
    String name,
    String address,
    String postalCode,
    String city,
    String telephoneNumber,
    String emailAddress) {}
