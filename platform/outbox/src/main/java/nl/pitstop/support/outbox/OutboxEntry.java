package nl.pitstop.support.outbox;

/**
 * An event waiting in an {@link OutboxStore}, as the relay publishes it.
 *
 * @param position its place in the publishing order, unique in its store
 * @param aggregateId the aggregate the event is about, or null
 * @param payload the event's JSON
 * @param traceparent the trace context of the span that stored the event, or null (docs/adr/0013)
 */
public record OutboxEntry(
    long position,
    String messageId,
    String messageType,
    String aggregateId,
    String payload,
    String traceparent) {}
