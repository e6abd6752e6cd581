package nl.pitstop.customer.domain;

import java.util.List;
import java.util.Optional;

/** The customers the service knows. */
public interface CustomerRepository {

  /**
   * Adds a new customer.
   *
   * @throws CustomerAlreadyRegisteredException when a customer with that id exists
   */
  void add(Customer customer);

  Optional<Customer> find(String customerId);

  /** All customers, ordered by name. */
  List<Customer> all();
}
