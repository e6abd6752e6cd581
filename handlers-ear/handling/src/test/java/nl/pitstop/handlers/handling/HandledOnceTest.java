package nl.pitstop.handlers.handling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandledOnceTest {

  final Map<String, ProcessedMessage> rows = new LinkedHashMap<>();
  final ProcessedMessages processed =
      new ProcessedMessages() {
        @Override
        public boolean handled(String messageId) {
          return rows.containsKey(messageId);
        }

        @Override
        public void add(ProcessedMessage message) {
          rows.put(message.messageId(), message);
        }
      };
  final Instant now = Instant.parse("2026-12-07T08:00:00Z");
  final Clock clock = Clock.fixed(now, ZoneOffset.UTC);

  @Test
  void aNewMessageIsRecordedWithItsAttemptAndTime() {
    assertTrue(HandledOnce.record(processed, new Delivery(DeliveryTest.DAY, 2), clock));

    ProcessedMessage row = rows.get(DeliveryTest.DAY.messageId().toString());
    assertEquals("DayHasPassed", row.messageType());
    assertEquals(now, row.handledAt());
    assertEquals(2, row.deliveryAttempt());
  }

  @Test
  void aMessageHandledBeforeIsSkippedAndItsRecordKept() {
    HandledOnce.record(processed, Delivery.first(DeliveryTest.DAY), clock);

    assertFalse(
        HandledOnce.record(
            processed,
            new Delivery(DeliveryTest.DAY, 2),
            Clock.offset(clock, java.time.Duration.ofHours(1))));
    assertEquals(1, rows.size());
    assertEquals(1, rows.values().iterator().next().deliveryAttempt());
    assertEquals(now, rows.values().iterator().next().handledAt());
  }

  @Test
  void aValueTooLongForItsColumnIsNamed() {
    IllegalArgumentException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> Columns.fit("x".repeat(101), 100, "name of customer c1"));
    assertEquals(
        "The name of customer c1 is 101 characters long; at most 100 fit in its column.",
        refused.getMessage());
    assertEquals("x".repeat(100), Columns.fit("x".repeat(100), 100, "name"));
  }
}
