package nl.pitstop.handlers.workshop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import nl.pitstop.handlers.handling.Delivery;
import nl.pitstop.handlers.handling.HandledOnce;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.messages.IntegrationEvent;
import nl.pitstop.messages.MaintenanceJobFinished;
import nl.pitstop.messages.MaintenanceJobPlanned;
import nl.pitstop.messages.VehicleRegistered;

/**
 * Keeps the workshop's read model (its reference data and maintenance jobs) up to date from events,
 * as the original's WorkshopManagementEventHandler did. Idempotent: each message id is handled
 * once, whatever the broker redelivers, because the processed id is stored in the same transaction
 * as the effect. A job's Finished may come before its Planned; the result is the same as in order.
 * Other event types are recorded as processed and otherwise ignored.
 */
@ApplicationScoped
public class WorkshopProjection {

  private static final Logger LOG = Logger.getLogger(WorkshopProjection.class.getName());

  private final WorkshopReadModel readModel;
  private final Clock clock = Clock.systemUTC();

  @Inject
  public WorkshopProjection(WorkshopReadModel readModel) {
    this.readModel = readModel;
  }

  /** For CDI's proxy only. */
  protected WorkshopProjection() {
    this(null);
  }

  /**
   * Applies the event unless its message id was handled before.
   *
   * @return whether the event was new
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public boolean handle(Delivery delivery) {
    if (!HandledOnce.record(readModel, delivery, clock)) {
      return false;
    }
    IntegrationEvent event = delivery.event();
    if (event instanceof CustomerRegistered customer) {
      register(customer);
    } else if (event instanceof VehicleRegistered vehicle) {
      register(vehicle);
    } else if (event instanceof MaintenanceJobPlanned planned) {
      plan(planned);
    } else if (event instanceof MaintenanceJobFinished finished) {
      finish(finished);
    }
    return true;
  }

  private void register(CustomerRegistered event) {
    if (readModel.customer(event.customerId()).isPresent()) {
      LOG.warning(() -> "Skipped adding customer with customer id " + event.customerId() + ".");
      return;
    }
    readModel.add(new CustomerReference(event.customerId(), event.name(), event.telephoneNumber()));
  }

  private void register(VehicleRegistered event) {
    VehicleReference vehicle =
        new VehicleReference(event.licenseNumber(), event.brand(), event.type(), event.ownerId());
    if (readModel.vehicle(vehicle.licenseNumber()).isPresent()) {
      LOG.warning(
          () -> "Skipped adding vehicle with license number " + vehicle.licenseNumber() + ".");
      return;
    }
    readModel.add(vehicle);
  }

  /**
   * Adds the job, and its customer and vehicle from the event's data when the read model does not
   * know them yet (the vehicle's owner is the job's customer). When its Finished was handled first
   * (see {@link #finish}), the stored row gets the planning data and stays finished, as if the two
   * had come in order. A second Planned of the same job keeps the first.
   */
  private void plan(MaintenanceJobPlanned event) {
    MaintenanceJob job = readModel.job(event.jobId()).orElse(null);
    if (job != null && job.isPlanned()) {
      LOG.warning(() -> "Skipped adding maintenance job with id " + event.jobId() + ".");
      return;
    }
    MaintenanceJobPlanned.CustomerInfo customer = event.customerInfo();
    if (readModel.customer(customer.id()).isEmpty()) {
      readModel.add(
          new CustomerReference(customer.id(), customer.name(), customer.telephoneNumber()));
    }
    MaintenanceJobPlanned.VehicleInfo vehicleInfo = event.vehicleInfo();
    VehicleReference vehicle =
        new VehicleReference(
            vehicleInfo.licenseNumber(), vehicleInfo.brand(), vehicleInfo.type(), customer.id());
    if (readModel.vehicle(vehicle.licenseNumber()).isEmpty()) {
      readModel.add(vehicle);
    }
    if (job == null) {
      readModel.add(
          new MaintenanceJob(
              event.jobId(),
              event.startTime(),
              event.endTime(),
              customer.id(),
              vehicle.licenseNumber(),
              event.description()));
      return;
    }
    job.plan(
        event.startTime(),
        event.endTime(),
        customer.id(),
        vehicle.licenseNumber(),
        event.description());
    LOG.info(
        () ->
            "Maintenance job "
                + event.jobId()
                + " was finished before its planning arrived; stored as finished.");
  }

  /**
   * Completes the job with its actual times and notes.
   *
   * <p>A Finished can be handled before its job's Planned: this subscription has several concurrent
   * sessions (and replicas), and even where one planning day's events reach one consumer in order,
   * a Planned that failed once is redelivered after a back-off, behind the Finished. Rather than
   * fail and wait for redelivery (which gives up after a few attempts and dead-letters the
   * Finished, losing the job's completion), the Finished is recorded as a job with only its actual
   * times and notes; the Planned that arrives later fills in the rest, so the row ends up as if the
   * two had come in order. Should the two race, both insert the same key: one commit fails on the
   * primary key and its message is redelivered and then finds the row.
   */
  private void finish(MaintenanceJobFinished event) {
    readModel
        .job(event.jobId())
        .ifPresentOrElse(
            job -> job.finish(event.startTime(), event.endTime(), event.notes()),
            () ->
                readModel.add(
                    MaintenanceJob.finishedBeforePlanned(
                        event.jobId(), event.startTime(), event.endTime(), event.notes())));
  }
}
