package nl.pitstop.handlers.notification.application;

/** Refuses a value longer than its column, with a message that says which value and why. */
final class Columns {

  private Columns() {}

  /**
   * @return the value, when it fits
   * @throws IllegalArgumentException when it is longer than {@code max}: the message is rolled back
   *     and redelivered, and finally dead-lettered, instead of being stored cut off or lost
   */
  static String fit(String value, int max, String what) {
    if (value != null && value.length() > max) {
      throw new IllegalArgumentException(
          "The "
              + what
              + " is "
              + value.length()
              + " characters long; at most "
              + max
              + " fit in its column.");
    }
    return value;
  }
}
