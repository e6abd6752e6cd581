package nl.pitstop.messages;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;

/** Builds the message of the events topic for an event: its JSON with the envelope properties. */
public final class EventMessages {

  private EventMessages() {}

  /** The message of an event. */
  public static TextMessage create(JMSContext context, IntegrationEvent event) throws JMSException {
    return create(
        context,
        event.messageId().toString(),
        event.messageType(),
        event.aggregateId(),
        EventCodec.toJson(event));
  }

  /**
   * The message of an event already in its JSON form (e.g. read from an outbox).
   *
   * @param aggregateId null when the event is about no aggregate
   */
  public static TextMessage create(
      JMSContext context, String messageId, String messageType, String aggregateId, String json)
      throws JMSException {
    TextMessage text = context.createTextMessage(json);
    text.setStringProperty(EventTopic.MESSAGE_TYPE, messageType);
    text.setStringProperty(EventTopic.MESSAGE_ID, messageId);
    if (aggregateId != null) {
      text.setStringProperty(EventTopic.AGGREGATE_ID, aggregateId);
    }
    return text;
  }
}
