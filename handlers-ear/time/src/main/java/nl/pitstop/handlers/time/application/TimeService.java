package nl.pitstop.handlers.time.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.pitstop.messages.DayHasPassed;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides which days are due and has them announced. Unlike the original (24 hours after each
 * start, forgotten on restart), a day is announced at its configured start, and the days missed
 * while the service was down are announced in order when it is back.
 *
 * <p>The time of day is {@code pitstop.time.day-starts-at} (default 00:00) in the zone {@code
 * pitstop.time.zone} (default the server's time zone).
 *
 * <p>The very first time the service runs (no day recorded), it announces nothing: it records the
 * current day and counts from there, so installing the system does not send a day's reminders and
 * invoices at a random moment.
 */
@ApplicationScoped
public class TimeService {

  private static final Logger LOG = Logger.getLogger(TimeService.class.getName());

  private final DaySchedule schedule;
  private final AnnouncedDays days;
  private final DayAnnouncer announcer;
  private final Clock clock;

  @Inject
  public TimeService(
      @ConfigProperty(name = "pitstop.time.day-starts-at", defaultValue = "00:00")
          LocalTime dayStartsAt,
      @ConfigProperty(name = "pitstop.time.zone") Optional<ZoneId> zone,
      AnnouncedDays days,
      DayAnnouncer announcer) {
    this(
        new DaySchedule(dayStartsAt, zone.orElseGet(ZoneId::systemDefault)),
        days,
        announcer,
        Clock.systemUTC());
  }

  TimeService(DaySchedule schedule, AnnouncedDays days, DayAnnouncer announcer, Clock clock) {
    this.schedule = schedule;
    this.days = days;
    this.announcer = announcer;
    this.clock = clock;
  }

  /** For CDI's proxy only. */
  protected TimeService() {
    this((DaySchedule) null, null, null, null);
  }

  public DaySchedule schedule() {
    return schedule;
  }

  /**
   * Announces every day that began since the last one announced, oldest first, each in its own
   * transaction; a failure (database down) leaves the rest for the next run.
   *
   * @return the events this run stored for publishing
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public List<DayHasPassed> announceDueDays() {
    LocalDate current = schedule.currentDay(clock.instant());
    Optional<LocalDate> last = days.last();
    if (last.isEmpty()) {
      announcer.startCountingAfter(current);
      LOG.info(
          () ->
              "Time service counts from "
                  + current
                  + ": the next day is announced at "
                  + schedule.start(current.plusDays(1)));
      return List.of();
    }
    List<DayHasPassed> sent = new ArrayList<>();
    for (LocalDate day : schedule.daysAfter(last.get(), clock.instant())) {
      announcer
          .announceScheduled(day)
          .ifPresent(
              event -> {
                sent.add(event);
                LOG.info(() -> "Day has passed! " + day + " begins (" + event.messageId() + ").");
              });
    }
    return sent;
  }

  /**
   * Announces a day now, outside the schedule: its event is in the outbox when this returns.
   *
   * @param day the day that begins; by default the current day
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public DayHasPassed announceNow(Optional<LocalDate> day) {
    LocalDate date = day.orElseGet(() -> schedule.currentDay(clock.instant()));
    DayHasPassed event = announcer.announceNow(date);
    LOG.info(
        () -> "Day has passed (announced on request): " + date + " (" + event.messageId() + ").");
    return event;
  }
}
