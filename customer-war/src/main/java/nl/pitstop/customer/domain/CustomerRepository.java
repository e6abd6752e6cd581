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

  /**
   * The customers found by every one of these words (each starts a word of their name, city or
   * e-mail address, or the whole of one; all customers for none), ordered by name, from {@code
   * offset}, at most {@code limit}; and how many it finds in all.
   */
  Page search(List<String> words, int offset, int limit);

  /**
   * A page of customers, and the number of customers on all pages: exact, or at least that many
   * when {@code totalCapped} (a search whose words most customers match).
   */
  record Page(List<Customer> customers, long total, boolean totalCapped) {

    public Page(List<Customer> customers, long total) {
      this(customers, total, false);
    }
  }
}
