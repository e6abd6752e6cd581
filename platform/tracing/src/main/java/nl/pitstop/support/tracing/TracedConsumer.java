package nl.pitstop.support.tracing;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A message-driven bean whose every {@code onMessage} runs in a span of kind CONSUMER, child of the
 * span that published the message (its {@code traceparent} property), with the trace ids on its log
 * records: {@link TracedConsumerInterceptor}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TracedConsumer {}
