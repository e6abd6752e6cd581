package nl.pitstop.vehicle.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The vehicle database's persistence context, for injection (the outbox uses it too). */
@ApplicationScoped
public class VehiclePersistence {

  @Produces
  @PersistenceContext(unitName = "vehicle")
  EntityManager entityManager;
}
