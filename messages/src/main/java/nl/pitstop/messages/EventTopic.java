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

  /**
   * The message group (JMS' {@code JMSXGroupID}): the aggregate's id. The broker hands the messages
   * of one group to one consumer of a subscription at a time, in the order it received them, so the
   * events of one planning day reach a handler in stream order whichever replica or session handles
   * them (docs/adr/0014).
   */
  public static final String GROUP_ID = "JMSXGroupID";

  /**
   * Artemis' duplicate-detection id ({@code _AMQ_DUPL_ID}): the event's id. The broker drops a
   * message whose id it has taken before, so a relay that sends a batch again after a failure
   * delivers nothing twice (docs/adr/0014). Brokers without duplicate detection ignore it, and the
   * handlers drop the duplicate by its {@link #MESSAGE_ID}.
   */
  public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

  private EventTopic() {}
}
