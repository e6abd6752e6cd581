package nl.pitstop.handlers.handling;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.Objects;
import nl.pitstop.messages.IntegrationEvent;
import nl.pitstop.messages.ReceivedEvent;

/**
 * An event as the broker handed it to a handler.
 *
 * @param attempt which delivery of the message this is: 1 the first, more when the broker delivers
 *     it again (a handler rolled back, or the consumer that had it went away before acknowledging)
 */
public record Delivery(IntegrationEvent event, int attempt) {

  /** The JMS property in which the broker counts the deliveries of a message, this one included. */
  static final String DELIVERY_COUNT = "JMSXDeliveryCount";

  public Delivery {
    Objects.requireNonNull(event, "event");
    if (attempt < 1) {
      throw new IllegalArgumentException("A delivery's attempt starts at 1, not " + attempt);
    }
  }

  /**
   * Reads a message of the events topic.
   *
   * @throws IllegalArgumentException when it is not an event (see {@link ReceivedEvent#from}): the
   *     handler lets it fail, so the broker redelivers and finally dead-letters it
   */
  public static Delivery of(Message message) throws JMSException {
    return new Delivery(ReceivedEvent.from(message).event(), attemptOf(message));
  }

  /** Which delivery of the message this is, from the broker's count: 1 when it has none. */
  public static int attemptOf(Message message) throws JMSException {
    int count = message.propertyExists(DELIVERY_COUNT) ? message.getIntProperty(DELIVERY_COUNT) : 1;
    return Math.max(count, 1);
  }

  /** The event's first delivery. */
  public static Delivery first(IntegrationEvent event) {
    return new Delivery(event, 1);
  }

  public String messageId() {
    return event.messageId().toString();
  }

  public String messageType() {
    return event.messageType();
  }

  /** Whether the broker delivered the message before. */
  public boolean redelivered() {
    return attempt > 1;
  }
}
