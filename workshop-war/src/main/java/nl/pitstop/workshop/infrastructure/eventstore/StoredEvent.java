package nl.pitstop.workshop.infrastructure.eventstore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import nl.pitstop.support.tracing.TraceParent;

/**
 * One event of a stream, with its version in the stream and its global position in the store. The
 * event's JSON is the integration event that the relay publishes; {@code published} tells whether
 * it has been.
 */
@Entity
@Table(
    name = "stored_event",
    uniqueConstraints =
        @UniqueConstraint(
            name = "ux_stored_event_stream_version",
            columnNames = {"stream_id", "version"}),
    indexes = {
      @Index(name = "ix_stored_event_unpublished", columnList = "published, position"),
      @Index(name = "ux_stored_event_message_id", columnList = "message_id", unique = true)
    })
@NamedQuery(
    name = "StoredEvent.ofStreamAfter",
    query =
        "select e from StoredEvent e where e.streamId = :streamId and e.version > :version"
            + " order by e.version")
@NamedQuery(
    name = "StoredEvent.unpublished",
    query = "select e from StoredEvent e where e.published = false order by e.position")
@NamedQuery(
    name = "StoredEvent.countUnpublished",
    query = "select count(e) from StoredEvent e where e.published = false")
@NamedQuery(
    name = "StoredEvent.markPublished",
    query = "update StoredEvent e set e.published = true where e.position in :positions")
public class StoredEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "position")
  private Long position;

  @Column(name = "stream_id", nullable = false, length = 100)
  private String streamId;

  @Column(name = "version", nullable = false)
  private int version;

  @Column(name = "event_type", nullable = false, length = 100)
  private String eventType;

  @Column(name = "message_id", nullable = false, length = 36)
  private String messageId;

  @Lob
  @Column(name = "data", nullable = false)
  private String data;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "published", nullable = false)
  private boolean published;

  /** The W3C trace context of the request that recorded the event, or null (docs/adr/0013). */
  @Column(name = "traceparent", length = TraceParent.LENGTH)
  private String traceparent;

  protected StoredEvent() {}

  public StoredEvent(
      String streamId,
      int version,
      String eventType,
      String messageId,
      String data,
      Instant recordedAt,
      String traceparent) {
    this.streamId = streamId;
    this.version = version;
    this.eventType = eventType;
    this.messageId = messageId;
    this.data = data;
    this.recordedAt = recordedAt;
    this.traceparent = traceparent;
  }

  public Long position() {
    return position;
  }

  public String streamId() {
    return streamId;
  }

  public int version() {
    return version;
  }

  public String eventType() {
    return eventType;
  }

  public String messageId() {
    return messageId;
  }

  public String data() {
    return data;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public boolean published() {
    return published;
  }

  public String traceparent() {
    return traceparent;
  }
}
