package nl.pitstop.support.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The row a relay updates before it reads a batch: the update holds the row's write lock until the
 * batch's transaction ends, so that of all the replicas of a service one relays at a time, and the
 * outbox is published in its order (docs/adr/0014). A replica that dies while holding it loses its
 * database session, and with it the lock.
 */
@Entity
@Table(name = "outbox_relay")
@NamedQuery(
    name = "OutboxRelayClaim.take",
    query =
        "update OutboxRelayClaim c set c.claimedAt = :at, c.claimedBy = :by where c.name = :name")
public class OutboxRelayClaim {

  @Id
  @Column(name = "name", length = 100)
  private String name;

  /** When the last batch began. */
  @Column(name = "claimed_at", nullable = false)
  private Instant claimedAt;

  /** The replica that relayed the last batch (its host and server name). */
  @Column(name = "claimed_by", nullable = false, length = 200)
  private String claimedBy;

  protected OutboxRelayClaim() {}

  public OutboxRelayClaim(String name, Instant claimedAt, String claimedBy) {
    this.name = name;
    this.claimedAt = claimedAt;
    this.claimedBy = claimedBy;
  }

  public String name() {
    return name;
  }

  public Instant claimedAt() {
    return claimedAt;
  }

  public String claimedBy() {
    return claimedBy;
  }
}
