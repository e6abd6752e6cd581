package nl.pitstop.support.tracing;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.function.Function;

/**
 * The trace and span id of the current span on every log record: Liberty adds them to its JSON log
 * records as {@code ext_traceId} and {@code ext_spanId}, so that a log line leads to its trace and
 * a trace to its log lines. A record written outside any span has neither.
 *
 * <p>Liberty asks the extensions registered with its {@link LogRecordContext} for their value each
 * time a record is logged, on the logging thread; registered once, when the application starts,
 * they cover HTTP requests, message deliveries and everything they call.
 */
@ApplicationScoped
public class TraceLogFields {

  public static final String TRACE_ID = "traceId";
  public static final String SPAN_ID = "spanId";

  // Liberty keeps weak references to extensions: these keep them for as long as the application.
  private static final LogRecordContext.Extension TRACE_ID_OF_CURRENT_SPAN =
      () -> ofCurrentSpan(SpanContext::getTraceId);
  private static final LogRecordContext.Extension SPAN_ID_OF_CURRENT_SPAN =
      () -> ofCurrentSpan(SpanContext::getSpanId);

  static String ofCurrentSpan(Function<SpanContext, String> id) {
    SpanContext span = Span.current().getSpanContext();
    return span.isValid() ? id.apply(span) : null;
  }

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    register();
  }

  void unregister(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    LogRecordContext.unregisterExtension(TRACE_ID);
    LogRecordContext.unregisterExtension(SPAN_ID);
  }

  /**
   * Registers the fields, replacing what an earlier deployment of the application registered (an
   * EAR's modules start one by one, and each registers them again).
   */
  static synchronized void register() {
    LogRecordContext.unregisterExtension(TRACE_ID);
    LogRecordContext.unregisterExtension(SPAN_ID);
    LogRecordContext.registerExtension(TRACE_ID, TRACE_ID_OF_CURRENT_SPAN);
    LogRecordContext.registerExtension(SPAN_ID, SPAN_ID_OF_CURRENT_SPAN);
  }
}
