package nl.pitstop.handlers.time.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import nl.pitstop.messages.DayHasPassed;
import nl.pitstop.messages.IntegrationEvent;
import nl.pitstop.support.outbox.EventOutbox;
import org.junit.jupiter.api.Test;

class TimeServiceTest {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  static final DaySchedule MIDNIGHT = new DaySchedule(LocalTime.MIDNIGHT, AMSTERDAM);

  /** The table, with a transaction per announcement: a failing publish records nothing. */
  static class InMemoryDays implements AnnouncedDays {
    final TreeMap<LocalDate, AnnouncedDay> rows = new TreeMap<>();

    @Override
    public Optional<LocalDate> last() {
      return rows.isEmpty() ? Optional.empty() : Optional.of(rows.lastKey());
    }

    @Override
    public boolean contains(LocalDate day) {
      return rows.containsKey(day);
    }

    @Override
    public void add(AnnouncedDay day) {
      if (rows.putIfAbsent(day.day(), day) != null) {
        throw new IllegalStateException("duplicate key " + day.day());
      }
    }
  }

  /** The outbox table, in the announcement's transaction: a failing insert rolls it back. */
  static class InMemoryOutbox implements EventOutbox {
    final List<IntegrationEvent> sent = new ArrayList<>();
    boolean down;

    @Override
    public void add(IntegrationEvent event) {
      if (down) {
        throw new IllegalStateException("database down");
      }
      sent.add(event);
    }
  }

  final InMemoryDays days = new InMemoryDays();
  final InMemoryOutbox outbox = new InMemoryOutbox();

  TimeService at(String localDateTime) {
    Clock clock =
        Clock.fixed(
            LocalDateTime.parse(localDateTime).atZone(AMSTERDAM).toInstant(), ZoneOffset.UTC);
    DayAnnouncer announcer =
        new DayAnnouncer(days, outbox, clock) {
          @Override
          public Optional<DayHasPassed> announceScheduled(LocalDate day) {
            // One transaction: the row goes when the event cannot be stored.
            try {
              return super.announceScheduled(day);
            } catch (RuntimeException e) {
              days.rows.remove(day);
              throw e;
            }
          }
        };
    return new TimeService(MIDNIGHT, days, announcer, clock);
  }

  List<LocalDate> announcedDates() {
    return outbox.sent.stream().map(e -> ((DayHasPassed) e).date()).toList();
  }

  @Test
  void theFirstRunAnnouncesNothingAndCountsFromTheCurrentDay() {
    assertTrue(at("2026-12-01T15:00:00").announceDueDays().isEmpty());

    assertTrue(outbox.sent.isEmpty());
    assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), days.last());
    assertFalse(days.rows.get(LocalDate.of(2026, 12, 1)).published());
  }

  @Test
  void theNextDayIsAnnouncedWhenItBegins() {
    at("2026-12-01T15:00:00").announceDueDays();

    assertTrue(at("2026-12-01T23:59:59").announceDueDays().isEmpty());
    List<DayHasPassed> sent = at("2026-12-02T00:00:05").announceDueDays();

    assertEquals(List.of(LocalDate.of(2026, 12, 2)), announcedDates());
    assertEquals(sent, outbox.sent);
    assertEquals(
        sent.get(0).messageId().toString(), days.rows.get(LocalDate.of(2026, 12, 2)).messageId());
  }

  @Test
  void aDayIsNeverAnnouncedTwice() {
    at("2026-12-01T15:00:00").announceDueDays();
    at("2026-12-02T00:00:05").announceDueDays();
    at("2026-12-02T00:00:15").announceDueDays();
    at("2026-12-02T18:00:00").announceDueDays();

    assertEquals(List.of(LocalDate.of(2026, 12, 2)), announcedDates());
  }

  @Test
  void theDaysMissedWhileDownAreAnnouncedInOrder() {
    at("2026-12-01T15:00:00").announceDueDays();

    at("2026-12-04T09:30:00").announceDueDays();

    assertEquals(
        List.of(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4)),
        announcedDates());
  }

  @Test
  void aDayWhoseEventCouldNotBeStoredIsAnnouncedWhenTheDatabaseIsBack() {
    at("2026-12-01T15:00:00").announceDueDays();
    outbox.down = true;

    assertThrows(IllegalStateException.class, () -> at("2026-12-02T00:00:05").announceDueDays());
    assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), days.last());

    outbox.down = false;
    at("2026-12-02T00:00:15").announceDueDays();
    assertEquals(List.of(LocalDate.of(2026, 12, 2)), announcedDates());
  }

  @Test
  void aDayAnnouncedByAnotherReplicaMeanwhileIsNotAnnouncedAgain() {
    at("2026-12-01T15:00:00").announceDueDays();
    days.add(AnnouncedDay.announced(LocalDate.of(2026, 12, 2), "other-replica", Instant.EPOCH));

    assertTrue(at("2026-12-02T00:00:05").announceDueDays().isEmpty());
    assertTrue(outbox.sent.isEmpty());
  }

  @Test
  void aDayAnnouncedOnRequestIsSentEveryTimeAndLeavesTheScheduleAlone() {
    at("2026-12-01T15:00:00").announceDueDays();
    TimeService service = at("2026-12-01T16:00:00");

    DayHasPassed first = service.announceNow(Optional.empty());
    DayHasPassed second = service.announceNow(Optional.of(LocalDate.of(2026, 12, 24)));

    assertEquals(LocalDate.of(2026, 12, 1), first.date());
    assertEquals(LocalDate.of(2026, 12, 24), second.date());
    assertEquals(List.of(first, second), outbox.sent);
    assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), days.last());
    at("2026-12-02T00:00:05").announceDueDays();
    assertEquals(3, outbox.sent.size());
  }
}
