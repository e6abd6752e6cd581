package nl.pitstop.messages;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A new day has begun for every service (the time service announces it once per day; reference §8).
 * Handlers that work per day, such as reminders and invoicing, act on it.
 *
 * @param date the day that begins
 */
public record DayHasPassed(UUID messageId, LocalDate date) implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return date.toString();
  }
}
