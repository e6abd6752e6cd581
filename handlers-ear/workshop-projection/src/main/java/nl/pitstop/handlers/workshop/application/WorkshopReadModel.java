package nl.pitstop.handlers.workshop.application;

import java.util.Optional;
import java.util.UUID;
import nl.pitstop.handlers.handling.ProcessedMessages;

/**
 * The workshop read model as the projection uses it: rows found by key and added, in the caller's
 * transaction. Rows found are live: changes to them are stored with the transaction.
 */
public interface WorkshopReadModel extends ProcessedMessages {

  Optional<CustomerReference> customer(String customerId);

  void add(CustomerReference customer);

  /**
   * @param licenseNumber in normal form
   */
  Optional<VehicleReference> vehicle(String licenseNumber);

  void add(VehicleReference vehicle);

  Optional<MaintenanceJob> job(UUID jobId);

  void add(MaintenanceJob job);
}
