package nl.pitstop.customer.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The customer database's persistence context, for injection. */
@ApplicationScoped
public class CustomerPersistence {

  @Produces
  @PersistenceContext(unitName = "customer")
  EntityManager entityManager;
}
