package nl.pitstop.messages;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An event that crosses a service boundary on the events topic.
 *
 * <p>Every event carries a unique {@link #messageId()} (used by handlers for idempotency). Its
 * {@link #messageType()} is the simple name of the record and is never read from incoming JSON.
 */
public sealed interface IntegrationEvent
    permits CustomerRegistered,
        VehicleRegistered,
        WorkshopPlanningCreated,
        MaintenanceJobPlanned,
        MaintenanceJobFinished,
        DayHasPassed {

  UUID messageId();

  /**
   * The event's type name on the wire: the record's simple name, e.g. {@code CustomerRegistered}.
   */
  default String messageType() {
    return getClass().getSimpleName();
  }

  /** The type names of all events, in the order they are permitted above. */
  static List<String> messageTypes() {
    return Stream.of(IntegrationEvent.class.getPermittedSubclasses())
        .map(Class::getSimpleName)
        .toList();
  }

  /**
   * The id of the aggregate the event is about, used by the audit log; empty when there is none.
   */
  String aggregateId();
}
