package nl.pitstop.support.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pitstop.messages.EventTopic;

/**
 * The W3C {@code traceparent} of a span: what an event keeps of the request that caused it, in its
 * outbox row and then in its message, so that its handlers continue that request's trace.
 */
public final class TraceParent {

  /** The longest traceparent of version 00: {@code 00-<32 hex>-<16 hex>-<2 hex>}. */
  public static final int LENGTH = 55;

  private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

  private static final TextMapGetter<Map<String, String>> MAP =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
          return List.copyOf(carrier.keySet());
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };

  private TraceParent() {}

  /** The traceparent of the current span, or null outside any sampled or unsampled trace. */
  public static String current() {
    return of(Context.current());
  }

  /** The traceparent of the span in {@code context}, or null when it has none. */
  public static String of(Context context) {
    Map<String, String> carrier = new HashMap<>();
    W3C.inject(context, carrier, Map::put);
    return carrier.get(EventTopic.TRACEPARENT);
  }

  /**
   * The context whose remote parent is the span a traceparent names; the root context when it is
   * null or not a valid traceparent, so that the work starts a trace of its own.
   */
  public static Context parent(String traceparent) {
    if (traceparent == null || traceparent.isBlank()) {
      return Context.root();
    }
    return W3C.extract(Context.root(), Map.of(EventTopic.TRACEPARENT, traceparent), MAP);
  }
}
