package nl.pitstop.workshop.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A job in the workshop planning: planned for a timeslot, and completed once its actual timeslot
 * and notes are known. Immutable; finishing yields the completed job.
 */
public record MaintenanceJob(
    UUID jobId,
    Timeslot plannedTimeslot,
    Customer customer,
    Vehicle vehicle,
    String description,
    Timeslot actualTimeslot,
    String notes) {

  public static final String PLANNED = "Planned";
  public static final String COMPLETED = "Completed";

  public MaintenanceJob {
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(plannedTimeslot, "plannedTimeslot");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(vehicle, "vehicle");
  }

  /** A job as it is planned: not yet started. */
  public static MaintenanceJob plan(
      UUID jobId,
      Timeslot plannedTimeslot,
      Customer customer,
      Vehicle vehicle,
      String description) {
    return new MaintenanceJob(jobId, plannedTimeslot, customer, vehicle, description, null, null);
  }

  /** The same job, completed in the given actual timeslot. */
  public MaintenanceJob finish(Timeslot actual, String notes) {
    return new MaintenanceJob(
        jobId, plannedTimeslot, customer, vehicle, description, actual, notes);
  }

  public boolean isCompleted() {
    return actualTimeslot != null;
  }

  /** {@value #PLANNED} or {@value #COMPLETED}. */
  public String status() {
    return isCompleted() ? COMPLETED : PLANNED;
  }
}
