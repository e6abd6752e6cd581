package nl.pitstop.support.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.pitstop.support.tracing.TraceParent;

/**
 * An integration event waiting to be published, written in the same transaction as the state change
 * that caused it. The relay publishes messages in {@link #position} order and then deletes them.
 */
@Entity
@Table(
    name = "outbox_message",
    indexes = @Index(name = "ux_outbox_message_id", columnList = "message_id", unique = true))
@NamedQuery(
    name = "OutboxMessage.oldestFirst",
    query = "select m from OutboxMessage m order by m.position")
@NamedQuery(name = "OutboxMessage.count", query = "select count(m) from OutboxMessage m")
@NamedQuery(
    name = "OutboxMessage.delete",
    query = "delete from OutboxMessage m where m.position in :positions")
public class OutboxMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "position")
  private Long position;

  @Column(name = "message_id", nullable = false, length = 36)
  private String messageId;

  @Column(name = "message_type", nullable = false, length = 100)
  private String messageType;

  @Column(name = "aggregate_id", length = 100)
  private String aggregateId;

  @Lob
  @Column(name = "payload", nullable = false)
  private String payload;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The W3C trace context of the request that stored the event, or null (docs/adr/0013). */
  @Column(name = "traceparent", length = TraceParent.LENGTH)
  private String traceparent;

  protected OutboxMessage() {}

  public OutboxMessage(
      String messageId,
      String messageType,
      String aggregateId,
      String payload,
      Instant createdAt,
      String traceparent) {
    this.messageId = messageId;
    this.messageType = messageType;
    this.aggregateId = aggregateId;
    this.payload = payload;
    this.createdAt = createdAt;
    this.traceparent = traceparent;
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

  public String payload() {
    return payload;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String traceparent() {
    return traceparent;
  }
}
