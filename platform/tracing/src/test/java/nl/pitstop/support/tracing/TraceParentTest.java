package nl.pitstop.support.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;

class TraceParentTest {

  static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  static final String SPAN_ID = "00f067aa0ba902b7";
  static final String SAMPLED = "00-" + TRACE_ID + "-" + SPAN_ID + "-01";

  static SpanContext spanOf(io.opentelemetry.context.Context context) {
    return Span.fromContext(context).getSpanContext();
  }

  @Test
  void aStoredTraceparentBecomesTheRemoteParentOfTheWorkThatContinuesIt() {
    SpanContext parent = spanOf(TraceParent.parent(SAMPLED));
    assertTrue(parent.isValid());
    assertTrue(parent.isRemote());
    assertTrue(parent.isSampled());
    assertEquals(TRACE_ID, parent.getTraceId());
    assertEquals(SPAN_ID, parent.getSpanId());
    assertEquals(SAMPLED, TraceParent.of(TraceParent.parent(SAMPLED)));
    assertEquals(SAMPLED.length(), TraceParent.LENGTH);
  }

  @Test
  void anUnsampledTraceStaysUnsampled() {
    String unsampled = "00-" + TRACE_ID + "-" + SPAN_ID + "-00";
    assertFalse(spanOf(TraceParent.parent(unsampled)).isSampled());
    assertEquals(unsampled, TraceParent.of(TraceParent.parent(unsampled)));
  }

  @Test
  void withoutAValidTraceparentTheWorkStartsATraceOfItsOwn() {
    for (String invalid :
        new String[] {
          null,
          "",
          "not a traceparent",
          "00-" + "0".repeat(32) + "-" + SPAN_ID + "-01",
          "00-" + TRACE_ID + "-" + "0".repeat(16) + "-01",
          "00-" + TRACE_ID.toUpperCase() + "-" + SPAN_ID + "-01",
          "00-" + TRACE_ID + "-" + SPAN_ID
        }) {
      assertFalse(spanOf(TraceParent.parent(invalid)).isValid(), String.valueOf(invalid));
    }
  }

  @Test
  void theCurrentSpanIsWhatAnEventIsStoredWith() {
    assertNull(TraceParent.current(), "outside any span");
    assertNull(TraceLogFields.ofCurrentSpan(SpanContext::getTraceId));
    SpanContext request =
        SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault());
    try (Scope scope = Span.wrap(request).makeCurrent()) {
      assertEquals(SAMPLED, TraceParent.current());
      assertEquals(TRACE_ID, TraceLogFields.ofCurrentSpan(SpanContext::getTraceId));
      assertEquals(SPAN_ID, TraceLogFields.ofCurrentSpan(SpanContext::getSpanId));
    }
    assertNull(TraceParent.current(), "the scope closed");
  }
}
