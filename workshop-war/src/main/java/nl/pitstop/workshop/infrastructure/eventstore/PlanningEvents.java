package nl.pitstop.workshop.infrastructure.eventstore;

import java.time.LocalDate;
import java.util.UUID;
import nl.pitstop.messages.IntegrationEvent;
import nl.pitstop.messages.MaintenanceJobFinished;
import nl.pitstop.messages.MaintenanceJobPlanned;
import nl.pitstop.messages.WorkshopPlanningCreated;
import nl.pitstop.workshop.domain.Customer;
import nl.pitstop.workshop.domain.WorkshopPlanningEvent;

/**
 * Maps the planning's domain events to the integration events they are stored and published as, and
 * back. The stored JSON is the published JSON: the event store is the outbox.
 */
final class PlanningEvents {

  private PlanningEvents() {}

  static IntegrationEvent toIntegration(WorkshopPlanningEvent event, LocalDate planningDate) {
    UUID messageId = UUID.randomUUID();
    if (event instanceof WorkshopPlanningEvent.WorkshopPlanningCreated created) {
      return new WorkshopPlanningCreated(messageId, created.date());
    }
    if (event instanceof WorkshopPlanningEvent.MaintenanceJobPlanned planned) {
      return new MaintenanceJobPlanned(
          messageId,
          planned.jobId(),
          planned.startTime(),
          planned.endTime(),
          new MaintenanceJobPlanned.CustomerInfo(
              planned.customer().customerId(),
              planned.customer().name(),
              planned.customer().telephoneNumber()),
          new MaintenanceJobPlanned.VehicleInfo(
              planned.vehicle().licenseNumber(),
              planned.vehicle().brand(),
              planned.vehicle().type()),
          planned.description());
    }
    WorkshopPlanningEvent.MaintenanceJobFinished finished =
        (WorkshopPlanningEvent.MaintenanceJobFinished) event;
    return new MaintenanceJobFinished(
        messageId,
        finished.jobId(),
        planningDate,
        finished.startTime(),
        finished.endTime(),
        finished.notes());
  }

  static WorkshopPlanningEvent toDomain(IntegrationEvent event) {
    if (event instanceof WorkshopPlanningCreated created) {
      return new WorkshopPlanningEvent.WorkshopPlanningCreated(created.date());
    }
    if (event instanceof MaintenanceJobPlanned planned) {
      return new WorkshopPlanningEvent.MaintenanceJobPlanned(
          planned.jobId(),
          planned.startTime(),
          planned.endTime(),
          new Customer(
              planned.customerInfo().id(),
              planned.customerInfo().name(),
              planned.customerInfo().telephoneNumber()),
          new WorkshopPlanningEvent.VehicleInfo(
              planned.vehicleInfo().licenseNumber(),
              planned.vehicleInfo().brand(),
              planned.vehicleInfo().type()),
          planned.description());
    }
    if (event instanceof MaintenanceJobFinished finished) {
      return new WorkshopPlanningEvent.MaintenanceJobFinished(
          finished.jobId(), finished.startTime(), finished.endTime(), finished.notes());
    }
    throw new IllegalArgumentException("Not a workshop planning event: " + event.messageType());
  }
}
