package nl.pitstop.handlers.workshop.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.pitstop.handlers.handling.ProcessedMessage;

/**
 * The read model in maps, for tests. {@link #transaction} rolls back what a failing handler added,
 * as the MDB's transaction does.
 */
class InMemoryReadModel implements WorkshopReadModel {

  Map<String, ProcessedMessage> processed = new LinkedHashMap<>();
  Map<String, CustomerReference> customers = new LinkedHashMap<>();
  Map<String, VehicleReference> vehicles = new LinkedHashMap<>();
  Map<UUID, MaintenanceJob> jobs = new LinkedHashMap<>();

  interface Work<T> {
    T run();
  }

  <T> T transaction(Work<T> work) {
    List<Map<?, ?>> before =
        List.of(
            new LinkedHashMap<>(processed),
            new LinkedHashMap<>(customers),
            new LinkedHashMap<>(vehicles),
            new LinkedHashMap<>(jobs));
    try {
      return work.run();
    } catch (RuntimeException e) {
      restore(before);
      throw e;
    }
  }

  @SuppressWarnings("unchecked")
  private void restore(List<Map<?, ?>> before) {
    processed = (Map<String, ProcessedMessage>) before.get(0);
    customers = (Map<String, CustomerReference>) before.get(1);
    vehicles = (Map<String, VehicleReference>) before.get(2);
    jobs = (Map<UUID, MaintenanceJob>) before.get(3);
  }

  @Override
  public boolean handled(String messageId) {
    return processed.containsKey(messageId);
  }

  @Override
  public void add(ProcessedMessage message) {
    putNew(processed, message.messageId(), message);
  }

  @Override
  public Optional<CustomerReference> customer(String customerId) {
    return Optional.ofNullable(customers.get(customerId));
  }

  @Override
  public void add(CustomerReference customer) {
    putNew(customers, customer.customerId(), customer);
  }

  @Override
  public Optional<VehicleReference> vehicle(String licenseNumber) {
    return Optional.ofNullable(vehicles.get(licenseNumber));
  }

  @Override
  public void add(VehicleReference vehicle) {
    putNew(vehicles, vehicle.licenseNumber(), vehicle);
  }

  @Override
  public Optional<MaintenanceJob> job(UUID jobId) {
    return Optional.ofNullable(jobs.get(jobId));
  }

  @Override
  public void add(MaintenanceJob job) {
    putNew(jobs, job.id(), job);
  }

  /** A second row with the same key fails, as the primary key does. */
  private static <K, V> void putNew(Map<K, V> rows, K key, V row) {
    if (rows.putIfAbsent(key, row) != null) {
      throw new IllegalStateException("duplicate key " + key);
    }
  }
}
