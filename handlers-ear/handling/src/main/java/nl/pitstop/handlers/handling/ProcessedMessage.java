package nl.pitstop.handlers.handling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message a handler has handled, recorded in the same transaction as its effect, so that a
 * redelivered message changes nothing. Each handler's database has its own table {@code
 * processed_message}; each handler's persistence unit lists this class.
 */
@Entity
@Table(name = "processed_message")
public class ProcessedMessage {

  @Id
  @Column(name = "message_id", length = 100)
  private String messageId;

  @Column(name = "message_type", nullable = false, length = 100)
  private String messageType;

  @Column(name = "handled_at", nullable = false)
  private Instant handledAt;

  /** The delivery that was handled: 1 the first, more when the broker had delivered it before. */
  @Column(name = "delivery_attempt", nullable = false)
  private int deliveryAttempt;

  protected ProcessedMessage() {}

  public ProcessedMessage(Delivery delivery, Instant handledAt) {
    this.messageId = Columns.fit(delivery.messageId(), 100, "message id");
    this.messageType = Columns.fit(delivery.messageType(), 100, "message type");
    this.handledAt = handledAt;
    this.deliveryAttempt = delivery.attempt();
  }

  public String messageId() {
    return messageId;
  }

  public String messageType() {
    return messageType;
  }

  public Instant handledAt() {
    return handledAt;
  }

  public int deliveryAttempt() {
    return deliveryAttempt;
  }
}
