package nl.pitstop.support.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;

/** Runs work in a started span: current while it runs, an error when it throws, ended after. */
public final class Spans {

  /** Work that returns a value and may throw a checked exception. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    T run() throws E;
  }

  private Spans() {}

  /**
   * Runs the work with the span current and ends the span; what the work throws marks it failed.
   */
  public static <T, E extends Exception> T within(Span span, Work<T, E> work) throws E {
    try (Scope scope = span.makeCurrent()) {
      return work.run();
    } catch (Exception | Error e) {
      failed(span, e);
      throw e;
    } finally {
      span.end();
    }
  }

  /** Marks the span as failed by this exception. */
  public static void failed(Span span, Throwable e) {
    span.recordException(e);
    span.setStatus(StatusCode.ERROR);
  }
}
