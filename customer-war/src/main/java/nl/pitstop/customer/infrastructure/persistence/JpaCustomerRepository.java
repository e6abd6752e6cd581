package nl.pitstop.customer.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pitstop.customer.domain.Customer;
import nl.pitstop.customer.domain.CustomerAlreadyRegisteredException;
import nl.pitstop.customer.domain.CustomerRepository;
import nl.pitstop.support.persistence.DuplicateKeys;
import nl.pitstop.support.search.SearchTerms;
import nl.pitstop.support.search.TermSearch;

/**
 * Customers in the customer database, mapped by META-INF/orm.xml, with the terms they are found by
 * (docs/adr/0019).
 */
@ApplicationScoped
public class JpaCustomerRepository implements CustomerRepository {

  /** The overview's order: by name, an index (ix_customer_name). */
  private static final String ORDER = "x.name, x.customerId";

  @Inject EntityManager entityManager;

  @Override
  public void add(Customer customer) {
    if (entityManager.find(Customer.class, customer.customerId()) != null) {
      throw new CustomerAlreadyRegisteredException(customer.customerId());
    }
    try {
      entityManager.persist(customer);
      for (String term :
          SearchTerms.of(customer.name(), customer.city(), customer.emailAddress())) {
        entityManager.persist(new CustomerSearchTerm(term, customer.customerId()));
      }
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
  public Page search(List<String> words, int offset, int limit) {
    TermSearch.Found<Customer> found =
        TermSearch.page(
            entityManager,
            Customer.class,
            "customerId",
            "CustomerSearchTerm",
            ORDER,
            Map.of(),
            words,
            offset,
            limit);
    return new Page(found.items(), found.total().count(), found.total().capped());
  }
}
