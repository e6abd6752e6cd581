package nl.pitstop.customer.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import nl.pitstop.customer.domain.Customer;
import nl.pitstop.customer.domain.CustomerAlreadyRegisteredException;
import nl.pitstop.customer.domain.CustomerRepository;
import nl.pitstop.support.persistence.DuplicateKeys;

/** Customers in the customer database, mapped by META-INF/orm.xml. */
@ApplicationScoped
public class JpaCustomerRepository implements CustomerRepository {

  @Inject EntityManager entityManager;

  @Override
  public void add(Customer customer) {
    if (entityManager.find(Customer.class, customer.customerId()) != null) {
      throw new CustomerAlreadyRegisteredException(customer.customerId());
    }
    try {
      entityManager.persist(customer);
      entityManager.flush();
    } catch (PersistenceException e) {
      if (DuplicateKeys.causedByDuplicateKey(e)) {
        throw new CustomerAlreadyRegisteredException(customer.customerId());
      }
      throw e;
    }
  }

  @Override
  public Optional<Customer> find(String customerId) {
    return Optional.ofNullable(entityManager.find(Customer.class, customerId));
  }

  @Override
  public List<Customer> all() {
    return entityManager.createNamedQuery("Customer.all", Customer.class).getResultList();
  }
}
