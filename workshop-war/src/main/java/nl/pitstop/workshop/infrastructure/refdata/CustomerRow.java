package nl.pitstop.workshop.infrastructure.refdata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.pitstop.workshop.application.CustomerInfo;

/**
 * Read-only view of the read model's customer table, which the workshop projection (handlers)
 * writes; its columns match that projection's mapping.
 */
@Entity
@Table(name = "customer")
public class CustomerRow {

  @Id
  @Column(name = "customer_id", length = 50)
  private String customerId;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "telephone_number", length = 30)
  private String telephoneNumber;

  protected CustomerRow() {}

  CustomerInfo toInfo() {
    return new CustomerInfo(customerId, name, telephoneNumber);
  }
}
