package nl.pitstop.handlers.time.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayScheduleTest {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  static final DaySchedule MIDNIGHT = new DaySchedule(LocalTime.MIDNIGHT, AMSTERDAM);

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(AMSTERDAM).toInstant();
  }

  @Test
  void aDayBeginsAtMidnightInTheGaragesZone() {
    assertEquals(LocalDate.of(2026, 12, 1), MIDNIGHT.currentDay(at("2026-12-01T00:00:00")));
    assertEquals(LocalDate.of(2026, 11, 30), MIDNIGHT.currentDay(at("2026-11-30T23:59:59")));
    // 23:30 UTC on 30 November is already 1 December in Amsterdam.
    assertEquals(
        LocalDate.of(2026, 12, 1), MIDNIGHT.currentDay(Instant.parse("2026-11-30T23:30:00Z")));
  }

  @Test
  void aDayCanBeginAtAnotherTimeOfDay() {
    DaySchedule sixAm = new DaySchedule(LocalTime.of(6, 0), AMSTERDAM);
    assertEquals(LocalDate.of(2026, 11, 30), sixAm.currentDay(at("2026-12-01T05:59:00")));
    assertEquals(LocalDate.of(2026, 12, 1), sixAm.currentDay(at("2026-12-01T06:00:00")));
  }

  @Test
  void theDaysMissedAreCaughtUpOldestFirst() {
    assertEquals(
        List.of(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4)),
        MIDNIGHT.daysAfter(LocalDate.of(2026, 12, 1), at("2026-12-04T09:00:00")));
  }

  @Test
  void nothingIsDueWhenTheCurrentDayWasAnnounced() {
    assertTrue(MIDNIGHT.daysAfter(LocalDate.of(2026, 12, 4), at("2026-12-04T23:59:00")).isEmpty());
  }

  @Test
  void aDayThatBeginsInTheDaylightSavingGapBeginsRightAfterIt() {
    // On 29 March 2026 the clocks in Amsterdam jump from 02:00 to 03:00.
    DaySchedule twoThirty = new DaySchedule(LocalTime.of(2, 30), AMSTERDAM);
    LocalDate day = LocalDate.of(2026, 3, 29);
    assertEquals(Instant.parse("2026-03-29T01:30:00Z"), twoThirty.start(day).toInstant());
    assertEquals(day.minusDays(1), twoThirty.currentDay(Instant.parse("2026-03-29T00:59:00Z")));
    assertEquals(day, twoThirty.currentDay(Instant.parse("2026-03-29T01:30:00Z")));
  }
}
