package nl.pitstop.handlers.time.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.pitstop.messages.DayHasPassed;
import nl.pitstop.support.outbox.EventOutbox;

/**
 * Announces one day. The day is recorded and its {@code DayHasPassed} stored in the outbox in one
 * database transaction: either both happen or neither, so a day is announced exactly once, even by
 * several replicas at once. The outbox's relay publishes the event once the transaction commits,
 * and later if the broker is down then (docs/adr/0014).
 */
@ApplicationScoped
public class DayAnnouncer {

  private final AnnouncedDays days;
  private final EventOutbox outbox;
  private final Clock clock;

  @Inject
  public DayAnnouncer(AnnouncedDays days, EventOutbox outbox) {
    this(days, outbox, Clock.systemUTC());
  }

  DayAnnouncer(AnnouncedDays days, EventOutbox outbox, Clock clock) {
    this.days = days;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** For CDI's proxy only. */
  protected DayAnnouncer() {
    this(null, null, null);
  }

  /**
   * Announces the day unless it was announced before.
   *
   * @return the event stored for publishing; empty when the day had been announced already
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<DayHasPassed> announceScheduled(LocalDate day) {
    if (days.contains(day)) {
      return Optional.empty();
    }
    DayHasPassed event = new DayHasPassed(UUID.randomUUID(), day);
    days.add(AnnouncedDay.announced(day, event.messageId().toString(), clock.instant()));
    outbox.add(event);
    return Optional.of(event);
  }

  /** Records the day the service starts counting from, without announcing it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void startCountingAfter(LocalDate day) {
    if (!days.contains(day)) {
      days.add(AnnouncedDay.startingPoint(day, clock.instant()));
    }
  }

  /**
   * Announces a day now, whatever the schedule did (for tests and demos, like the original's manual
   * message). It does not change the schedule.
   */
  @Transactional
  public DayHasPassed announceNow(LocalDate day) {
    DayHasPassed event = new DayHasPassed(UUID.randomUUID(), day);
    outbox.add(event);
    return event;
  }
}
