package nl.pitstop.handlers.invoicing.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message invoicing has handled, recorded in the same transaction as its effect, so that a
 * redelivered message changes nothing.
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

  protected ProcessedMessage() {}

  public ProcessedMessage(String messageId, String messageType, Instant handledAt) {
    this.messageId = messageId;
    this.messageType = messageType;
    this.handledAt = handledAt;
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
}
