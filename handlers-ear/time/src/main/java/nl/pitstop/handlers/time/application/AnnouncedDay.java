package nl.pitstop.handlers.time.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A day the schedule has dealt with: announced, or (the first time the service ever ran) the day it
 * started counting from. The day is the key, so no day is ever announced twice by the schedule, not
 * even by two replicas at once.
 */
@Entity
@Table(name = "announced_day")
public class AnnouncedDay {

  @Id
  @Column(name = "announced_date")
  private LocalDate day;

  /** The DayHasPassed's message id; null for the day the service started counting from. */
  @Column(name = "message_id", length = 100)
  private String messageId;

  @Column(name = "announced_at", nullable = false)
  private Instant announcedAt;

  protected AnnouncedDay() {}

  private AnnouncedDay(LocalDate day, String messageId, Instant announcedAt) {
    this.day = day;
    this.messageId = messageId;
    this.announcedAt = announcedAt;
  }

  /** The day was announced with this event. */
  public static AnnouncedDay announced(LocalDate day, String messageId, Instant at) {
    return new AnnouncedDay(day, messageId, at);
  }

  /** The service starts counting after this day, without announcing it. */
  public static AnnouncedDay startingPoint(LocalDate day, Instant at) {
    return new AnnouncedDay(day, null, at);
  }

  public LocalDate day() {
    return day;
  }

  public String messageId() {
    return messageId;
  }

  public Instant announcedAt() {
    return announcedAt;
  }

  public boolean published() {
    return messageId != null;
  }
}
