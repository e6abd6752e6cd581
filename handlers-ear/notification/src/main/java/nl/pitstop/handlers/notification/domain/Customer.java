package nl.pitstop.handlers.notification.domain;

/** A customer as the notification handler knows them: whom to remind, and at which address. */
public class Customer {

  private String customerId;
  private String name;
  private String telephoneNumber;
  private String emailAddress;

  /** For the persistence provider only. */
  protected Customer() {}

  public Customer(String customerId, String name, String telephoneNumber, String emailAddress) {
    this.customerId = customerId;
    this.name = name;
    this.telephoneNumber = telephoneNumber;
    this.emailAddress = emailAddress;
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
