package nl.pitstop.handlers.invoicing.application;

import static nl.pitstop.handlers.handling.Columns.fit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import nl.pitstop.messages.CustomerRegistered;

/** A customer as invoicing knows it: who an invoice is addressed to. */
@Entity
@Table(name = "customer")
public class Customer {

  @Id
  @Column(name = "customer_id", length = ColumnLengths.CUSTOMER_ID)
  private String customerId;

  @Column(name = "name", nullable = false, length = ColumnLengths.NAME)
  private String name;

  @Column(name = "address", length = ColumnLengths.ADDRESS)
  private String address;

  @Column(name = "postal_code", length = ColumnLengths.POSTAL_CODE)
  private String postalCode;

  @Column(name = "city", length = ColumnLengths.CITY)
  private String city;

  protected Customer() {}

  public Customer(String customerId, String name, String address, String postalCode, String city) {
    this.customerId =
        fit(
            Objects.requireNonNull(customerId, "customerId"),
            ColumnLengths.CUSTOMER_ID,
            "customer id");
    this.name =
        fit(
            Objects.requireNonNull(name, "name"),
            ColumnLengths.NAME,
            "name of customer " + customerId);
    this.address = fit(address, ColumnLengths.ADDRESS, "address of customer " + customerId);
    this.postalCode =
        fit(postalCode, ColumnLengths.POSTAL_CODE, "postal code of customer " + customerId);
    this.city = fit(city, ColumnLengths.CITY, "city of customer " + customerId);
  }

  /** The customer of a registration (the original's Customer.CreateFrom). */
  public static Customer from(CustomerRegistered event) {
    return new Customer(
        event.customerId(), event.name(), event.address(), event.postalCode(), event.city());
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
