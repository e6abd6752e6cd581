package nl.pitstop.handlers.time.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The time service's persistence context, for the outbox built into this module: its events are
 * stored in the time service's database, in the transaction that records the announced day.
 */
@ApplicationScoped
public class TimePersistence {

  @Produces
  @PersistenceContext(unitName = "time")
  EntityManager entityManager;
}
