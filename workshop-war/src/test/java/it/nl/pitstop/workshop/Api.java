package it.nl.pitstop.workshop;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.pitstop.testing.HttpJson;
import org.microshed.testing.ApplicationEnvironment;

/** The workshop server as MicroShed resolves it (manual mode: the server the build started). */
final class Api {

  static final HttpJson WORKSHOP =
      new HttpJson(URI.create(ApplicationEnvironment.Resolver.load().getApplicationURL()));

  private Api() {}

  static void awaitReady() throws InterruptedException {
    WORKSHOP.awaitReady(Duration.ofMinutes(3));
  }

  /** A day no other test (or earlier run) plans on. */
  static LocalDate freshDay() {
    return LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300_000));
  }

  /** A plan command's JSON. */
  static String job(UUID jobId, LocalDate day, String from, String to, String licenseNumber) {
    return """
        {"jobId": "%s", "startTime": "%sT%s", "endTime": "%sT%s",
         "customerInfo": {"id": "c-%s", "name": "Jan de Vries", "telephoneNumber": "+31612345678"},
         "vehicleInfo": {"licenseNumber": "%s", "brand": "Volkswagen", "type": "Tiguan"},
         "description": "Maintenance job 1234"}
        """
        .formatted(jobId, day, from, day, to, licenseNumber, licenseNumber);
  }

  static String jobs(LocalDate day) {
    return "api/workshopplanning/" + day + "/jobs";
  }
}
