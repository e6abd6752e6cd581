package nl.pitstop.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReceivedEventTest {

  /** A JMS message with the given properties, body and timestamp (no broker needed). */
  static <M extends Message> M message(
      Class<M> type, Map<String, String> properties, String text, long timestamp) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getStringProperty" -> properties.get((String) args[0]);
                  case "getText" -> text;
                  case "getJMSTimestamp" -> timestamp;
                  case "getJMSMessageID" -> "ID:test";
                  default -> throw new UnsupportedOperationException(method.getName());
                }));
  }

  @Test
  void readsTheEnvelopeAndTheEvent() throws JMSException {
    String json = EventCodec.toJson(EventCodecTest.SAMPLE);
    TextMessage text =
        message(
            TextMessage.class,
            Map.of(
                "MessageId", EventCodecTest.SAMPLE.messageId().toString(),
                "MessageType", "CustomerRegistered",
                "AggregateId", EventCodecTest.SAMPLE.customerId()),
            json,
            1_700_000_000_000L);

    ReceivedEvent received = ReceivedEvent.from(text);

    assertEquals(EventCodecTest.SAMPLE.messageId().toString(), received.messageId());
    assertEquals("CustomerRegistered", received.messageType());
    assertEquals(EventCodecTest.SAMPLE.customerId(), received.aggregateId());
    assertEquals(Instant.ofEpochMilli(1_700_000_000_000L), received.publishedAt());
    assertEquals(json, received.json());
    assertEquals(EventCodecTest.SAMPLE, received.event());
  }

  @Test
  void withoutTimestampOrAggregateTheyAreNull() throws JMSException {
    ReceivedEvent received =
        ReceivedEvent.from(
            message(TextMessage.class, Map.of("MessageId", "1", "MessageType", "X"), "{}", 0));

    assertNull(received.publishedAt());
    assertNull(received.aggregateId());
  }

  @Test
  void rejectsWhatIsNotAnEventMessage() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ReceivedEvent.from(message(BytesMessage.class, Map.of(), null, 0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReceivedEvent.from(message(TextMessage.class, Map.of("MessageType", "X"), "{}", 0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReceivedEvent.from(message(TextMessage.class, Map.of("MessageId", "1"), "{}", 0)));
  }
}
