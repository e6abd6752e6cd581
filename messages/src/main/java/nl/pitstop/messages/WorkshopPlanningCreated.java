package nl.pitstop.messages;

import java.time.LocalDate;
import java.util.UUID;

/** The workshop planning of a day was started (its first job was planned). */
public record WorkshopPlanningCreated(UUID messageId, LocalDate date) implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return date.toString();
  }
}
