package nl.pitstop.workshop.infrastructure.eventstore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The latest snapshot of a stream: its state after {@code version} events, as gzip-compressed JSON
 * of the layout {@code schemaVersion} (compressed, because reading the state is most of the cost of
 * loading a large planning). A snapshot of another schema version is ignored (the stream is
 * replayed).
 */
@Entity
@Table(name = "stream_snapshot")
public class StoredSnapshot {

  @Id
  @Column(name = "stream_id", length = 100)
  private String streamId;

  @Column(name = "version", nullable = false)
  private int version;

  @Column(name = "schema_version", nullable = false)
  private int schemaVersion;

  @Lob
  @Column(
      name = "state",
      nullable = false,
      columnDefinition = "VARBINARY(MAX) NOT NULL") // not the deprecated IMAGE
  private byte[] state;

  @Column(name = "taken_at", nullable = false)
  private Instant takenAt;

  protected StoredSnapshot() {}

  public StoredSnapshot(
      String streamId, int version, int schemaVersion, byte[] state, Instant takenAt) {
    this.streamId = streamId;
    this.version = version;
    this.schemaVersion = schemaVersion;
    this.state = state;
    this.takenAt = takenAt;
  }

  public String streamId() {
    return streamId;
  }

  public int version() {
    return version;
  }

  public int schemaVersion() {
    return schemaVersion;
  }

  public byte[] state() {
    return state;
  }
}
