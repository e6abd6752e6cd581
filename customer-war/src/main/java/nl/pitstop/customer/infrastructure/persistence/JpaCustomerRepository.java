package nl.pitstop.customer.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
  private static final String ORDER = " order by c.name, c.customerId";

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
    Optional<Set<String>> matches =
        words.isEmpty()
            ? Optional.empty()
            : TermSearch.selectiveMatches(entityManager, "CustomerSearchTerm", words);
    if (matches.isPresent() && matches.get().isEmpty()) {
      return new Page(List.of(), 0);
    }
    String where =
        matches.isPresent()
            ? " where c.customerId in :ids"
            : words.isEmpty()
                ? ""
                : " where " + TermSearch.exists("c.customerId", "CustomerSearchTerm", words);
    List<Customer> customers =
        bind(
                entityManager.createQuery(
                    "select c from Customer c" + where + ORDER, Customer.class),
                matches,
                words)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList();
    if (matches.isEmpty() && !words.isEmpty()) {
      TermSearch.Total total =
          TermSearch.countUpTo(
              bind(
                  entityManager.createQuery(
                      "select c.customerId from Customer c" + where, String.class),
                  matches,
                  words));
      return new Page(customers, total.count(), total.capped());
    }
    long total =
        bind(
                entityManager.createQuery("select count(c) from Customer c" + where, Long.class),
                matches,
                words)
            .getSingleResult();
    return new Page(customers, total);
  }

  /** Binds what the condition names: the candidates, or the words. */
  private static <Q extends Query> Q bind(
      Q query, Optional<Set<String>> matches, List<String> words) {
    if (matches.isPresent()) {
      query.setParameter("ids", matches.get());
    } else {
      TermSearch.bind(query, words);
    }
    return query;
  }
}
