package nl.pitstop.handlers.notification.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.pitstop.handlers.handling.Columns;

/** A customer as the notification handler knows them: whom to remind, and at which address. */
@Entity
@Table(name = "customer")
public class Customer {

  static final int ID_LENGTH = 50;
  static final int NAME_LENGTH = 200;
  static final int TELEPHONE_NUMBER_LENGTH = 50;
  static final int EMAIL_ADDRESS_LENGTH = 320;

  @Id
  @Column(name = "customer_id", length = ID_LENGTH)
  private String customerId;

  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(name = "telephone_number", length = TELEPHONE_NUMBER_LENGTH)
  private String telephoneNumber;

  @Column(name = "email_address", length = EMAIL_ADDRESS_LENGTH)
  private String emailAddress;

  protected Customer() {}

  /**
   * @throws IllegalArgumentException when a value does not fit its column
   */
  public Customer(String customerId, String name, String telephoneNumber, String emailAddress) {
    this.customerId = Columns.fit(customerId, ID_LENGTH, "customer id");
    this.name = Columns.fit(name, NAME_LENGTH, "name of customer " + customerId);
    this.telephoneNumber =
        Columns.fit(
            telephoneNumber, TELEPHONE_NUMBER_LENGTH, "telephone number of customer " + customerId);
    this.emailAddress =
        Columns.fit(emailAddress, EMAIL_ADDRESS_LENGTH, "e-mail address of customer " + customerId);
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

  public String emailAddress() {
    return emailAddress;
  }
}
