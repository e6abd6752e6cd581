package it.nl.pitstop.system.webapp;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Unique data per test run, as the original's UI test generates it. */
public final class TestData {

  private TestData() {}

  public static String runId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** A license number of the original's format, e.g. {@code QX-417-ZB}. */
  public static String plate() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return letters(2) + "-" + (100 + random.nextInt(900)) + "-" + letters(2);
  }

  private static String letters(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return out.toString();
  }
}
