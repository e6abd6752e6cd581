package nl.pitstop.handlers.handling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.pitstop.messages.DayHasPassed;
import nl.pitstop.messages.EventCodec;
import org.junit.jupiter.api.Test;

class DeliveryTest {

  static final DayHasPassed DAY = new DayHasPassed(UUID.randomUUID(), LocalDate.of(2026, 12, 7));

  /** A text message of the events topic carrying {@link #DAY}, with the given delivery count. */
  static TextMessage message(Integer deliveryCount) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("MessageId", DAY.messageId().toString());
    properties.put("MessageType", "DayHasPassed");
    if (deliveryCount != null) {
      properties.put("JMSXDeliveryCount", deliveryCount);
    }
    return (TextMessage)
        Proxy.newProxyInstance(
            TextMessage.class.getClassLoader(),
            new Class<?>[] {TextMessage.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getStringProperty" -> (String) properties.get((String) args[0]);
                  case "getIntProperty" -> (Integer) properties.get((String) args[0]);
                  case "propertyExists" -> properties.containsKey((String) args[0]);
                  case "getText" -> EventCodec.toJson(DAY);
                  case "getJMSTimestamp" -> 0L;
                  case "getJMSMessageID" -> "ID:test";
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void theBrokersDeliveryCountIsTheAttempt() throws JMSException {
    Delivery first = Delivery.of(message(1));
    Delivery third = Delivery.of(message(3));

    assertEquals(DAY, first.event());
    assertEquals(1, first.attempt());
    assertFalse(first.redelivered());
    assertEquals(3, third.attempt());
    assertTrue(third.redelivered());
    assertEquals(DAY.messageId().toString(), third.messageId());
    assertEquals("DayHasPassed", third.messageType());
  }

  @Test
  void aMessageWithoutDeliveryCountIsItsFirstDelivery() throws JMSException {
    assertEquals(1, Delivery.of(message(null)).attempt());
  }

  @Test
  void anAttemptBelowOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Delivery(DAY, 0));
  }
}
