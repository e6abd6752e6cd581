package it.nl.pitstop.vehicle;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import nl.pitstop.testing.HttpJson;
import org.microshed.testing.ApplicationEnvironment;

/** The vehicle server as MicroShed resolves it (manual mode: the server the build started). */
final class Api {

  static final HttpJson VEHICLE =
      new HttpJson(URI.create(ApplicationEnvironment.Resolver.load().getApplicationURL()));

  private Api() {}

  /** Waits until the server reports ready: its database works (the broker is not asked). */
  static void awaitReady() throws InterruptedException {
    VEHICLE.awaitReady(Duration.ofMinutes(3));
  }

  /**
   * A license number no earlier test run registered (the database outlives runs), in upper case,
   * e.g. {@code QXZ-417-BKM}.
   */
  static String newLicenseNumber() {
    return letters() + "-" + ThreadLocalRandom.current().nextInt(100, 1000) + "-" + letters();
  }

  private static String letters() {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return letters.toString();
  }

  static String vehicle(String licenseNumber, String ownerId) {
    return """
        {"licenseNumber": "%s", "brand": "Volkswagen", "type": "Tiguan", "ownerId": "%s"}
        """
        .formatted(licenseNumber, ownerId);
  }
}
