package nl.pitstop.handlers.handling;

/**
 * Checks a value against its column before it is stored, so that a value too long fails the
 * handling with a message that names it (the transaction rolls back, and the broker redelivers and
 * finally dead-letters the message) instead of being stored cut off or failing anonymously at
 * commit. The columns are wider than anything the services that publish the events accept.
 */
public final class Columns {

  private Columns() {}

  /**
   * @param what the value's name in the message, such as "e-mail address of customer c1"
   * @return the value, when it fits (null fits)
   * @throws IllegalArgumentException when it is longer than {@code max}
   */
  public static String fit(String value, int max, String what) {
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
