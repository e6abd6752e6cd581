package nl.pitstop.support.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SpansTest {

  /** A span that remembers what was done to it. */
  static final class RecordedSpan implements Span {
    StatusCode status;
    Throwable exception;
    int ended;

    @Override
    public <T> Span setAttribute(AttributeKey<T> key, T value) {
      return this;
    }

    @Override
    public Span addEvent(String name, Attributes attributes) {
      return this;
    }

    @Override
    public Span addEvent(String name, Attributes attributes, long timestamp, TimeUnit unit) {
      return this;
    }

    @Override
    public Span setStatus(StatusCode statusCode, String description) {
      status = statusCode;
      return this;
    }

    @Override
    public Span recordException(Throwable thrown, Attributes additionalAttributes) {
      exception = thrown;
      return this;
    }

    @Override
    public Span updateName(String name) {
      return this;
    }

    @Override
    public void end() {
      ended++;
    }

    @Override
    public void end(long timestamp, TimeUnit unit) {
      ended++;
    }

    @Override
    public SpanContext getSpanContext() {
      return SpanContext.getInvalid();
    }

    @Override
    public boolean isRecording() {
      return true;
    }
  }

  @Test
  void theWorkRunsWithTheSpanCurrentWhichEndsOnceAfterIt() {
    RecordedSpan span = new RecordedSpan();
    Span during = Spans.within(span, Span::current);
    assertSame(span, during);
    assertSame(Span.getInvalid(), Span.current(), "no longer current afterwards");
    assertEquals(1, span.ended);
    assertNull(span.status, "a span that succeeded keeps the status UNSET");
    assertNull(span.exception);
  }

  @Test
  void aCheckedExceptionMarksTheSpanFailedAndReachesTheCaller() {
    RecordedSpan span = new RecordedSpan();
    IOException failure = new IOException("mail server gone");
    IOException thrown =
        assertThrows(
            IOException.class,
            () ->
                Spans.within(
                    span,
                    () -> {
                      throw failure;
                    }));
    assertSame(failure, thrown);
    assertEquals(StatusCode.ERROR, span.status);
    assertSame(failure, span.exception);
    assertEquals(1, span.ended);
  }

  @Test
  void anErrorMarksTheSpanFailedToo() {
    RecordedSpan span = new RecordedSpan();
    assertThrows(
        AssertionError.class,
        () ->
            Spans.within(
                span,
                () -> {
                  throw new AssertionError("broken");
                }));
    assertEquals(StatusCode.ERROR, span.status);
    assertTrue(span.exception instanceof AssertionError);
    assertEquals(1, span.ended);
  }
}
