package nl.pitstop.handlers.invoicing.domain;

import java.util.Objects;

/** A customer as invoicing knows it: who an invoice is addressed to. */
public class Customer {

  private String customerId;
  private String name;
  private String address;
  private String postalCode;
  private String city;

  /** For the persistence provider only. */
  protected Customer() {}

  public Customer(String customerId, String name, String address, String postalCode, String city) {
    this.customerId = Objects.requireNonNull(customerId, "customerId");
    this.name = Objects.requireNonNull(name, "name");
    this.address = address;
    this.postalCode = postalCode;
    this.city = city;
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
}
