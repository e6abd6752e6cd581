package it.nl.pitstop.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The EntityManager a service gives its outbox; here that of the test database. */
@ApplicationScoped
public class TestPersistence {

  @Produces
  @PersistenceContext(unitName = "outbox-it")
  EntityManager entityManager;
}
