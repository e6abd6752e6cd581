package nl.pitstop.support.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import nl.pitstop.messages.EventTopic;

/**
 * The span of one delivery to a {@link TracedConsumer}: named after the bean and the event type,
 * child of the publishing span, marked as an error when the delivery fails (it is then redelivered,
 * each time in a span of its own, with its delivery count). What the handler logs meanwhile carries
 * the span's ids ({@link TraceLogFields}).
 */
@TracedConsumer
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class TracedConsumerInterceptor {

  private static final String DELIVERY_COUNT = "JMSXDeliveryCount";

  @Inject Tracer tracer;

  @AroundInvoke
  public Object process(InvocationContext invocation) throws Exception {
    Object[] parameters = invocation.getParameters();
    if (parameters.length != 1 || !(parameters[0] instanceof Message message)) {
      return invocation.proceed();
    }
    Span span = start(invocation.getMethod().getDeclaringClass().getSimpleName(), message);
    return Spans.within(span, invocation::proceed);
  }

  private Span start(String consumer, Message message) throws JMSException {
    String type = message.getStringProperty(EventTopic.MESSAGE_TYPE);
    return tracer
        .spanBuilder(consumer + " process " + type)
        .setParent(TraceParent.parent(message.getStringProperty(EventTopic.TRACEPARENT)))
        .setSpanKind(SpanKind.CONSUMER)
        .setAttribute("messaging.system", MessageTracing.SYSTEM)
        .setAttribute("messaging.operation", "process")
        .setAttribute("messaging.consumer.group.name", consumer)
        .setAttribute("messaging.message.id", message.getStringProperty(EventTopic.MESSAGE_ID))
        .setAttribute("messaging.message.delivery_count", deliveryCount(message))
        .setAttribute("pitstop.message.type", type)
        .startSpan();
  }

  private static long deliveryCount(Message message) throws JMSException {
    return message.propertyExists(DELIVERY_COUNT) ? message.getIntProperty(DELIVERY_COUNT) : 1;
  }
}
