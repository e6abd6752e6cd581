package nl.pitstop.workshop.infrastructure.eventstore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A stream of events (one aggregate) and the version its last event has. */
@Entity
@Table(name = "event_stream")
@NamedQuery(
    name = "EventStream.advance",
    query =
        "update EventStream s set s.version = :newVersion"
            + " where s.streamId = :streamId and s.version = :expectedVersion")
public class EventStream {

  @Id
  @Column(name = "stream_id", length = 100)
  private String streamId;

  @Column(name = "version", nullable = false)
  private int version;

  protected EventStream() {}

  public EventStream(String streamId, int version) {
    this.streamId = streamId;
    this.version = version;
  }

  public String streamId() {
    return streamId;
  }

  public int version() {
    return version;
  }
}
