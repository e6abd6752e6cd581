package nl.pitstop.handlers.auditlog.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event as the audit log received it: any type, stored with its raw JSON. */
@Entity
@Table(
    name = "audit_entry",
    indexes = {
      @Index(name = "ux_audit_entry_message_id", columnList = "message_id", unique = true),
      @Index(name = "ix_audit_entry_type", columnList = "message_type"),
      @Index(name = "ix_audit_entry_aggregate", columnList = "aggregate_id"),
      @Index(name = "ix_audit_entry_time", columnList = "event_time")
    })
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "position")
  private Long position;

  @Column(name = "message_id", nullable = false, length = 100)
  private String messageId;

  @Column(name = "message_type", nullable = false, length = 100)
  private String messageType;

  @Column(name = "aggregate_id", length = 100)
  private String aggregateId;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  /** The event's time: when it was published, or else when it was received. */
  @Column(name = "event_time", nullable = false)
  private Instant eventTime;

  @Lob
  @Column(name = "payload", nullable = false)
  private String payload;

  /** The delivery that was recorded: 1 the first, more when the broker had delivered it before. */
  @Column(name = "delivery_attempt", nullable = false)
  private int deliveryAttempt;

  protected AuditEntry() {}

  public AuditEntry(
      String messageId,
      String messageType,
      String aggregateId,
      Instant publishedAt,
      Instant receivedAt,
      String payload,
      int deliveryAttempt) {
    this.messageId = messageId;
    this.messageType = messageType;
    this.aggregateId = aggregateId;
    this.publishedAt = publishedAt;
    this.receivedAt = receivedAt;
    this.eventTime = publishedAt == null ? receivedAt : publishedAt;
    this.payload = payload;
    this.deliveryAttempt = deliveryAttempt;
  }

  public Long position() {
    return position;
  }

  public String messageId() {
    return messageId;
  }

  public String messageType() {
    return messageType;
  }

  public String aggregateId() {
    return aggregateId;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Instant eventTime() {
    return eventTime;
  }

  public String payload() {
    return payload;
  }

  public int deliveryAttempt() {
    return deliveryAttempt;
  }
}
