package nl.pitstop.handlers.time.application;

import java.time.LocalDate;
import java.util.Optional;

/** The days the schedule dealt with, in the time service's database. */
public interface AnnouncedDays {

  /** The latest day dealt with; empty when the service never ran before. */
  Optional<LocalDate> last();

  /** Whether the day was dealt with. */
  boolean contains(LocalDate day);

  /**
   * Adds the day in the caller's transaction. A day added at the same time by another replica makes
   * the transaction fail on the key.
   */
  void add(AnnouncedDay day);
}
