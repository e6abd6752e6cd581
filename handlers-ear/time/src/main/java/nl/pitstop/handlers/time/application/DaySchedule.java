package nl.pitstop.handlers.time.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When a day begins: at {@code dayStartsAt} in {@code zone} (by default midnight).
 *
 * @param dayStartsAt the time of day at which a new day is announced
 * @param zone the time zone of the garage
 */
public record DaySchedule(LocalTime dayStartsAt, ZoneId zone) {

  public DaySchedule {
    Objects.requireNonNull(dayStartsAt, "dayStartsAt");
    Objects.requireNonNull(zone, "zone");
  }

  /** The day that has most recently begun at this moment. */
  public LocalDate currentDay(Instant now) {
    ZonedDateTime local = now.atZone(zone);
    LocalDate date = local.toLocalDate();
    return local.isBefore(start(date)) ? date.minusDays(1) : date;
  }

  /** The moment the day begins (on a daylight-saving gap, the first valid moment after it). */
  public ZonedDateTime start(LocalDate day) {
    return ZonedDateTime.of(day, dayStartsAt, zone);
  }

  /**
   * The days that began after {@code lastAnnounced} up to now, oldest first; empty when the current
   * day was announced.
   */
  public List<LocalDate> daysAfter(LocalDate lastAnnounced, Instant now) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = lastAnnounced.plusDays(1);
        !day.isAfter(currentDay(now));
        day = day.plusDays(1)) {
      days.add(day);
    }
    return days;
  }
}
