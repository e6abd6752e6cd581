package nl.pitstop.customer.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import nl.pitstop.customer.domain.Customer;
import nl.pitstop.customer.domain.CustomerAlreadyRegisteredException;
import nl.pitstop.customer.domain.CustomerRepository;
import nl.pitstop.support.persistence.DuplicateKeys;
import nl.pitstop.support.search.SearchTerms;
import nl.pitstop.support.search.TermQuery;

/**
 * Customers in the customer database, mapped by META-INF/orm.xml, with the terms they are found by
 * (docs/adr/0019).
 */
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
  public List<Customer> search(List<String> words, int offset, int limit) {
    TypedQuery<Customer> query =
        entityManager.createQuery(
            "select c from Customer c" + where(words) + " order by c.name, c.customerId",
            Customer.class);
    return TermQuery.bind(query, words).setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(List<String> words) {
    return TermQuery.bind(
            entityManager.createQuery("select count(c) from Customer c" + where(words), Long.class),
            words)
        .getSingleResult();
  }

  private static String where(List<String> words) {
    return TermQuery.where("c.customerId", "CustomerSearchTerm", words);
  }
}
