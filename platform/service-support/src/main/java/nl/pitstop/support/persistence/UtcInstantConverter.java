package nl.pitstop.support.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores an {@link Instant} as a timestamp column holding its UTC date and time (JPA 3.1 has no
 * mapping of its own for {@code Instant}, and EclipseLink would serialise it into a binary column
 * that no query can compare). List it in every persistence unit that maps an {@code Instant}.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

  @Override
  public LocalDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }
}
