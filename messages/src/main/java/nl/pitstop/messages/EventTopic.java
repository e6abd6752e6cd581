package nl.pitstop.messages;

/** Names shared by every publisher and subscriber of the events topic. */
public final class EventTopic {

  /** JNDI name of the topic every integration event is published to. */
  public static final String JNDI_NAME = "jms/pitstop/events";

  /** JNDI name of the connection factory for the broker. */
  public static final String CONNECTION_FACTORY = "jms/pitstop/cf";

  /** Message property holding the event's type name; handlers select on it. */
  public static final String MESSAGE_TYPE = "MessageType";

  /** Message property holding the id of the aggregate the event is about, when it has one. */
  public static final String AGGREGATE_ID = "AggregateId";

  /** Message property holding the event's unique id. */
  public static final String MESSAGE_ID = "MessageId";

  /**
   * Message property holding the W3C trace context ({@code traceparent}) of the span that published
   * the event, so that every handler's work joins the trace of the user action that caused it
   * (docs/adr/0013). Absent when the event was published outside any trace.
   */
  public static final String TRACEPARENT = "traceparent";

  private EventTopic() {}
}
