package nl.pitstop.messages;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.time.Instant;

/**
 * An event as a handler received it from the events topic: its envelope properties and its JSON.
 *
 * @param publishedAt when the publisher sent it, if the broker kept the time
 * @param aggregateId the aggregate the event is about, or null
 */
public record ReceivedEvent(
    String messageId, String messageType, String aggregateId, Instant publishedAt, String json) {

  /**
   * Reads the envelope of a message of the events topic.
   *
   * @throws IllegalArgumentException when it is not a text message with MessageId and MessageType;
   *     a handler lets it fail, so the broker redelivers and finally dead-letters it
   */
  public static ReceivedEvent from(Message message) throws JMSException {
    if (!(message instanceof TextMessage text)) {
      throw new IllegalArgumentException("Not a text message: " + message.getJMSMessageID());
    }
    String messageId = message.getStringProperty(EventTopic.MESSAGE_ID);
    String messageType = message.getStringProperty(EventTopic.MESSAGE_TYPE);
    if (messageId == null || messageType == null || text.getText() == null) {
      throw new IllegalArgumentException(
          "Message without MessageId, MessageType or body: " + message.getJMSMessageID());
    }
    long timestamp = message.getJMSTimestamp();
    return new ReceivedEvent(
        messageId,
        messageType,
        message.getStringProperty(EventTopic.AGGREGATE_ID),
        timestamp == 0 ? null : Instant.ofEpochMilli(timestamp),
        text.getText());
  }

  /** The event itself, for handlers that understand its type. */
  public IntegrationEvent event() {
    return EventCodec.fromJson(messageType, json);
  }
}
