package nl.pitstop.customer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.pitstop.customer.domain.Customer;
import nl.pitstop.customer.domain.CustomerRepository;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.support.outbox.EventOutbox;

/** Use cases of customer management. */
@ApplicationScoped
public class CustomerService {

  private final CustomerRepository customers;
  private final EventOutbox outbox;

  @Inject
  public CustomerService(CustomerRepository customers, EventOutbox outbox) {
    this.customers = customers;
    this.outbox = outbox;
  }

  /** For CDI's proxy only. */
  protected CustomerService() {
    this(null, null);
  }

  /**
   * Registers the customer and, in the same transaction, stores the {@code CustomerRegistered}
   * event in the outbox.
   */
  @Transactional
  public Customer register(RegisterCustomer command) {
    String customerId =
        command.customerId() == null || command.customerId().isBlank()
            ? UUID.randomUUID().toString().replace("-", "")
            : command.customerId().strip();
    Customer customer =
        new Customer(
            customerId,
            command.name(),
            command.address(),
            command.postalCode(),
            command.city(),
            command.telephoneNumber(),
            command.emailAddress());
    customers.add(customer);
    outbox.add(
        new CustomerRegistered(
            UUID.randomUUID(),
            customer.customerId(),
            customer.name(),
            customer.address(),
            customer.postalCode(),
            customer.city(),
            customer.telephoneNumber(),
            customer.emailAddress()));
    return customer;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Customer> find(String customerId) {
    return customers.find(customerId);
  }

  /** One page of the customers a search finds, and how many it finds in all. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public CustomerRepository.Page search(List<String> words, int offset, int limit) {
    return customers.search(words, offset, limit);
  }
}
