package nl.pitstop.webapp.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the pages show moments: {@code #{formats.utc(instant)}}. */
@Named
@ApplicationScoped
public class Formats {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  /** A moment in UTC, e.g. {@code 28-11-2026 08:15:00 UTC}; empty for none. */
  public String utc(Instant moment) {
    return moment == null ? "" : UTC.format(moment);
  }
}
