package nl.pitstop.handlers.workshop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import nl.pitstop.handlers.handling.JpaProcessedMessages;
import nl.pitstop.handlers.handling.ProcessedMessage;
import nl.pitstop.handlers.workshop.application.CustomerReference;
import nl.pitstop.handlers.workshop.application.MaintenanceJob;
import nl.pitstop.handlers.workshop.application.VehicleReference;
import nl.pitstop.handlers.workshop.application.WorkshopReadModel;

/**
 * The workshop read model database. Rows are inserted at commit; two sessions adding the same row
 * at once make one commit fail on the primary key, and its message is redelivered and then finds
 * the row.
 */
@ApplicationScoped
public class JpaWorkshopReadModel implements WorkshopReadModel {

  @PersistenceContext(unitName = "workshop")
  EntityManager entityManager;

  @Override
  public boolean handled(String messageId) {
    return new JpaProcessedMessages(entityManager).handled(messageId);
  }

  @Override
  public void add(ProcessedMessage message) {
    new JpaProcessedMessages(entityManager).add(message);
  }

  @Override
  public Optional<CustomerReference> customer(String customerId) {
    return Optional.ofNullable(entityManager.find(CustomerReference.class, customerId));
  }

  @Override
  public void add(CustomerReference customer) {
    entityManager.persist(customer);
  }

  @Override
  public Optional<VehicleReference> vehicle(String licenseNumber) {
    return Optional.ofNullable(entityManager.find(VehicleReference.class, licenseNumber));
  }

  @Override
  public void add(VehicleReference vehicle) {
    entityManager.persist(vehicle);
  }

  @Override
  public Optional<MaintenanceJob> job(UUID jobId) {
    return Optional.ofNullable(entityManager.find(MaintenanceJob.class, jobId.toString()));
  }

  @Override
  public void add(MaintenanceJob job) {
    entityManager.persist(job);
  }
}
