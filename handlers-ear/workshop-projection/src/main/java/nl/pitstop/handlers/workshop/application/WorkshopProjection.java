package nl.pitstop.handlers.workshop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.messages.IntegrationEvent;
import nl.pitstop.messages.MaintenanceJobFinished;
import nl.pitstop.messages.MaintenanceJobPlanned;
import nl.pitstop.messages.VehicleRegistered;

/**
 * Keeps the workshop's read model (its reference data and maintenance jobs) up to date from events,
 * as the original's WorkshopManagementEventHandler did. Idempotent: each message id is handled
 * once, whatever the broker redelivers, because the processed id is stored in the same transaction
 * as the effect. Other event types are recorded as processed and otherwise ignored.
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
   * @throws UnknownMaintenanceJobException when a job is finished that the read model does not have
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public boolean handle(IntegrationEvent event) {
    String messageId = event.messageId().toString();
    if (readModel.handled(messageId)) {
      return false;
    }
    readModel.add(new ProcessedMessage(messageId, event.messageType(), clock.instant()));
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
   * know them yet (the vehicle's owner is the job's customer).
   */
  private void plan(MaintenanceJobPlanned event) {
    if (readModel.job(event.jobId()).isPresent()) {
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
    readModel.add(
        new MaintenanceJob(
            event.jobId(),
            event.startTime(),
            event.endTime(),
            customer.id(),
            vehicle.licenseNumber(),
            event.description()));
  }

  /**
   * Completes the job. A job the read model does not have is not dropped (the original logged and
   * lost it): the exception rolls the transaction back, and the broker redelivers with back-off and
   * finally dead-letters the message. A job's Planned and Finished come from one planning in commit
   * order, but this subscription has several concurrent sessions (and replicas): a Finished can be
   * handled while its Planned is still in flight, or before a Planned that failed once commits on
   * redelivery. Redelivery absorbs that; a Finished whose job never arrives ends up in the DLQ,
   * visible, instead of silently acknowledged.
   */
  private void finish(MaintenanceJobFinished event) {
    MaintenanceJob job =
        readModel
            .job(event.jobId())
            .orElseThrow(
                () ->
                    new UnknownMaintenanceJobException(
                        event.jobId(), event.messageId().toString()));
    job.finish(event.startTime(), event.endTime(), event.notes());
  }
}
