package nl.pitstop.support.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

  final UtcInstantConverter converter = new UtcInstantConverter();

  @Test
  void storesTheUtcDateAndTime() {
    Instant instant = Instant.parse("2026-11-27T23:30:15.123456Z");

    LocalDateTime stored = converter.convertToDatabaseColumn(instant);

    assertEquals(LocalDateTime.of(2026, 11, 27, 23, 30, 15, 123_456_000), stored);
    assertEquals(instant, converter.convertToEntityAttribute(stored));
  }

  @Test
  void keepsNull() {
    assertNull(converter.convertToDatabaseColumn(null));
    assertNull(converter.convertToEntityAttribute(null));
  }
}
