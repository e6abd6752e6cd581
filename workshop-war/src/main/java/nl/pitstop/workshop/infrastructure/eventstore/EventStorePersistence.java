package nl.pitstop.workshop.infrastructure.eventstore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The event store database's persistence context, for injection. */
@ApplicationScoped
public class EventStorePersistence {

  @Produces
  @PersistenceContext(unitName = "eventstore")
  EntityManager entityManager;
}
