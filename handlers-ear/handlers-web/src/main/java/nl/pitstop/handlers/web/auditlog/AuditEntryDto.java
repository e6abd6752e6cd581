package nl.pitstop.handlers.web.auditlog;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Instant;
import nl.pitstop.handlers.auditlog.application.AuditEntry;

/** An audit log entry as the API shows it; the event is embedded as JSON. */
public record AuditEntryDto(
    long position,
    String messageId,
    String messageType,
    String aggregateId,
    Instant publishedAt,
    Instant receivedAt,
    Instant time,
    JsonStructure event) {

  static AuditEntryDto of(AuditEntry entry) {
    return new AuditEntryDto(
        entry.position(),
        entry.messageId(),
        entry.messageType(),
        entry.aggregateId(),
        entry.publishedAt(),
        entry.receivedAt(),
        entry.eventTime(),
        parse(entry.payload()));
  }

  private static JsonStructure parse(String payload) {
    try {
      return Json.createReader(new StringReader(payload)).read();
    } catch (JsonParsingException e) {
      return Json.createObjectBuilder().add("unparsedPayload", payload).build();
    }
  }
}
