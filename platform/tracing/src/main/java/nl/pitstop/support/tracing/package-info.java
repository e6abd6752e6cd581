/**
 * One user action as one trace across HTTP and JMS (docs/adr/0013).
 *
 * <p>Liberty's mpTelemetry traces HTTP requests and Rest Client calls. What crosses the outbox and
 * the broker is added here: {@link TraceParent} is the W3C context an event is stored and sent
 * with, {@link MessageTracing} the span of publishing it, {@link TracedConsumer} the span of a
 * message-driven bean processing it, and {@link TraceLogFields} puts the current span's trace and
 * span id on every log record.
 */
package nl.pitstop.support.tracing;
