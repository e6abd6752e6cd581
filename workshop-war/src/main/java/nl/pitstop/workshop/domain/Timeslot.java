package nl.pitstop.workshop.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A half-open period {@code [startTime, endTime)}: slots that only touch do not overlap.
 *
 * @throws InvalidValueException when the start is not before the end
 */
public record Timeslot(LocalDateTime startTime, LocalDateTime endTime) {

  public Timeslot {
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(endTime, "endTime");
    if (!startTime.isBefore(endTime)) {
      throw new InvalidValueException(
          "The specified start-time may not be after the specified end-time.");
    }
  }

  public boolean isWithinOneDay() {
    return startTime.toLocalDate().equals(endTime.toLocalDate());
  }

  public boolean overlapsWith(Timeslot other) {
    return startTime.isBefore(other.endTime) && endTime.isAfter(other.startTime);
  }

  public boolean overlapsWith(LocalDateTime otherStart, LocalDateTime otherEnd) {
    return overlapsWith(new Timeslot(otherStart, otherEnd));
  }
}
