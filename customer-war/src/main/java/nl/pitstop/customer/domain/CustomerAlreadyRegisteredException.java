package nl.pitstop.customer.domain;

/** A customer with this id was registered before. */
public class CustomerAlreadyRegisteredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CustomerAlreadyRegisteredException(String customerId) {
    super("A customer with id '" + customerId + "' is already registered.");
  }
}
