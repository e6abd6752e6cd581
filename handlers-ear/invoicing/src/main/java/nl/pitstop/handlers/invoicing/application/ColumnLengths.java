package nl.pitstop.handlers.invoicing.application;

/**
 * Checks a text against its column before it is stored, so that a value too long fails the handling
 * with a message that names it (the transaction rolls back and the broker redelivers and finally
 * dead-letters the message) instead of an anonymous database error at commit. The columns are wider
 * than anything the services that publish the events accept.
 */
final class ColumnLengths {

  static final int CUSTOMER_ID = 100;
  static final int NAME = 200;
  static final int ADDRESS = 400;
  static final int POSTAL_CODE = 50;
  static final int CITY = 200;
  static final int LICENSE_NUMBER = 50;
  static final int DESCRIPTION = 4000;

  private ColumnLengths() {}

  /**
   * @return the value
   * @throws IllegalArgumentException when it is longer than the column
   */
  static String fit(String value, int max, String what) {
    if (value != null && value.length() > max) {
      throw new IllegalArgumentException(
          what + " is " + value.length() + " characters long; at most " + max + " are stored.");
    }
    return value;
  }
}
