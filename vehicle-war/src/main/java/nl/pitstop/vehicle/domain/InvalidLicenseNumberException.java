package nl.pitstop.vehicle.domain;

/** A value that does not have the license-number format. */
public class InvalidLicenseNumberException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param value the value as the client sent it
   */
  public InvalidLicenseNumberException(String value) {
    super(messageFor(value));
  }

  /** The original's message for an invalid license number. */
  public static String messageFor(String value) {
    return "The specified license-number '" + value + "' was not in the correct format.";
  }
}
