package nl.pitstop.webapp.workshop;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import nl.pitstop.webapp.client.ApiException;

/** The dates and job ids in the workshop's addresses, and how the screens show dates. */
final class PlanningDates {

  /** The original's date format on the screens. */
  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private PlanningDates() {}

  /** {@code yyyy-MM-dd}, or {@code fallback} when absent; not a date is not found. */
  static LocalDate parse(String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw ApiException.notFound("'" + value + "' is not a date (yyyy-MM-dd).");
    }
  }

  /** A job id; anything else is not found. */
  static UUID jobId(String value) {
    try {
      return UUID.fromString(value == null ? "" : value.trim());
    } catch (IllegalArgumentException e) {
      throw ApiException.notFound("'" + value + "' is not a maintenance job.");
    }
  }
}
