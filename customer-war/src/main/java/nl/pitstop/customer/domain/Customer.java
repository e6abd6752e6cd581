package nl.pitstop.customer.domain;

import java.util.Objects;

/**
 * A customer of the garage. Customers are only ever registered (the original system has no update
 * or delete, on purpose); the customer id is the identity, chosen by the client or by the service.
 */
public class Customer {

  private String customerId;
  private String name;
  private String address;
  private String postalCode;
  private String city;
  private String telephoneNumber;
  private String emailAddress;

  protected Customer() {}

  public Customer(
      String customerId,
      String name,
      String address,
      String postalCode,
      String city,
      String telephoneNumber,
      String emailAddress) {
    this.customerId = requireText(customerId, "customerId");
    this.name = requireText(name, "name");
    this.address = requireText(address, "address");
    this.postalCode = requireText(postalCode, "postalCode");
    this.city = requireText(city, "city");
    this.telephoneNumber = requireText(telephoneNumber, "telephoneNumber");
    this.emailAddress = requireText(emailAddress, "emailAddress");
  }

  private static String requireText(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " may not be blank");
    }
    return value.strip();
  }

  public String customerId() {
    return customerId;
  }

  public String name() {
    return name;
  }

  public String address() {
    return address;
  }

  public String postalCode() {
    return postalCode;
  }

  public String city() {
    return city;
  }

  public String telephoneNumber() {
    return telephoneNumber;
  }

  public String emailAddress() {
    return emailAddress;
  }

  /** The customer's loyalty level, computed from the city (see {@link LoyaltyLevel#of}). */
  public LoyaltyLevel loyaltyLevel() {
    return LoyaltyLevel.of(city);
  }
}
