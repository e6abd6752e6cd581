package it.nl.pitstop.customer;

import java.net.URI;
import java.time.Duration;
import nl.pitstop.testing.HttpJson;
import org.microshed.testing.ApplicationEnvironment;

/** The customer server as MicroShed resolves it (manual mode: the server the build started). */
final class Api {

  static final HttpJson CUSTOMER =
      new HttpJson(URI.create(ApplicationEnvironment.Resolver.load().getApplicationURL()));

  private Api() {}

  /** Waits until the server reports ready: its database works (the broker is not asked). */
  static void awaitReady() throws InterruptedException {
    CUSTOMER.awaitReady(Duration.ofMinutes(3));
  }
}
