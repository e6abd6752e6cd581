package nl.pitstop.handlers.time.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.pitstop.messages.DayHasPassed;

/**
 * Announces one day. The day is recorded and its {@code DayHasPassed} sent in one XA transaction
 * over the database and the broker: either both happen or neither, so a day is announced exactly
 * once even when the broker fails or the server dies halfway.
 */
@ApplicationScoped
public class DayAnnouncer {

  private final AnnouncedDays days;
  private final EventPublisher publisher;
  private final Clock clock;

  @Inject
  public DayAnnouncer(AnnouncedDays days, EventPublisher publisher) {
    this(days, publisher, Clock.systemUTC());
  }

  DayAnnouncer(AnnouncedDays days, EventPublisher publisher, Clock clock) {
    this.days = days;
    this.publisher = publisher;
    this.clock = clock;
  }

  /** For CDI's proxy only. */
  protected DayAnnouncer() {
    this(null, null, null);
  }

  /**
   * Announces the day unless it was announced before.
   *
   * @return the event sent; empty when the day had been announced already
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<DayHasPassed> announceScheduled(LocalDate day) {
    if (days.contains(day)) {
      return Optional.empty();
    }
    DayHasPassed event = new DayHasPassed(UUID.randomUUID(), day);
    days.add(AnnouncedDay.announced(day, event.messageId().toString(), clock.instant()));
    publisher.publish(event);
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
    publisher.publish(event);
    return event;
  }
}
