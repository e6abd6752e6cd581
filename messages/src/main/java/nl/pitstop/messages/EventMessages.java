package nl.pitstop.messages;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

/**
 * Builds the message of the events topic for an event: its JSON with the envelope properties, its
 * message group (the aggregate) and its duplicate-detection id (the message id).
 */
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
    return envelope(context.createTextMessage(json), messageId, messageType, aggregateId);
  }

  /** The same, made by a classic JMS session. */
  public static TextMessage create(
      Session session, String messageId, String messageType, String aggregateId, String json)
      throws JMSException {
    return envelope(session.createTextMessage(json), messageId, messageType, aggregateId);
  }

  private static TextMessage envelope(
      TextMessage text, String messageId, String messageType, String aggregateId)
      throws JMSException {
    text.setStringProperty(EventTopic.MESSAGE_TYPE, messageType);
    text.setStringProperty(EventTopic.MESSAGE_ID, messageId);
    text.setStringProperty(EventTopic.DUPLICATE_ID, messageId);
    if (aggregateId != null) {
      text.setStringProperty(EventTopic.AGGREGATE_ID, aggregateId);
      text.setStringProperty(EventTopic.GROUP_ID, aggregateId);
    }
    return text;
  }
}
