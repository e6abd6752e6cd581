package nl.pitstop.workshop.infrastructure.refdata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.pitstop.workshop.application.CustomerInfo;

/**
 * A customer of the workshop read model, read through the view {@code planning_customer} that the
 * read model's owner, the workshop projection (handlers), makes in its migrations for this API.
 */
@Entity
@Table(name = "planning_customer")
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
