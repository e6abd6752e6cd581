package nl.pitstop.handlers.workshop.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer as the workshop knows it (reference data for planning jobs). */
@Entity
@Table(name = "customer")
public class CustomerReference {

  @Id
  @Column(name = "customer_id", length = 50)
  private String customerId;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "telephone_number", length = 30)
  private String telephoneNumber;

  protected CustomerReference() {}

  public CustomerReference(String customerId, String name, String telephoneNumber) {
    this.customerId = customerId;
    this.name = name;
    this.telephoneNumber = telephoneNumber;
  }

  public String customerId() {
    return customerId;
  }

  public String name() {
    return name;
  }

  public String telephoneNumber() {
    return telephoneNumber;
  }
}
