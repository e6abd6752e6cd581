package nl.pitstop.messages;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A planned maintenance job was finished.
 *
 * @param planningDate the day of the workshop planning the job belongs to
 * @param startTime when the work actually started
 * @param endTime when the work actually ended
 */
public record MaintenanceJobFinished(
    UUID messageId,
    UUID jobId,
    LocalDate planningDate,
    LocalDateTime startTime,
    LocalDateTime endTime,
    String notes)
    implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return planningDate.toString();
  }
}
