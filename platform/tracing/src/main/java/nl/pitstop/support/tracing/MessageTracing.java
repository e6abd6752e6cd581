package nl.pitstop.support.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Topic;
import nl.pitstop.messages.EventTopic;

/**
 * Sends events in a span of kind PRODUCER and gives the message that span's trace context, so that
 * its handlers' spans are children of the publication and, through it, of the request that caused
 * the event.
 */
@ApplicationScoped
public class MessageTracing {

  static final String SYSTEM = "activemq";

  @Inject Tracer tracer;

  /**
   * Sends an event's message in a PRODUCER span.
   *
   * @param cause the traceparent stored with the event (its outbox row), or null to continue the
   *     current span, e.g. the request that sends it directly
   */
  public void send(MessageProducer producer, Topic topic, Message message, String cause)
      throws JMSException {
    Context parent = cause == null ? Context.current() : TraceParent.parent(cause);
    String type = message.getStringProperty(EventTopic.MESSAGE_TYPE);
    Span span =
        tracer
            .spanBuilder("publish " + type)
            .setParent(parent)
            .setSpanKind(SpanKind.PRODUCER)
            .setAttribute("messaging.system", SYSTEM)
            .setAttribute("messaging.operation", "publish")
            .setAttribute("messaging.destination.name", topic.getTopicName())
            .setAttribute("messaging.message.id", message.getStringProperty(EventTopic.MESSAGE_ID))
            .setAttribute("pitstop.message.type", type)
            .startSpan();
    Spans.within(
        span,
        () -> {
          String traceparent = TraceParent.current();
          if (traceparent != null) {
            message.setStringProperty(EventTopic.TRACEPARENT, traceparent);
          }
          producer.send(topic, message);
          return null;
        });
  }
}
