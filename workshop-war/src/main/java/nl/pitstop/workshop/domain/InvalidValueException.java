package nl.pitstop.workshop.domain;

/** A value that can never be valid, whatever the planning holds (answered 400). */
public class InvalidValueException extends RuntimeException {

  public InvalidValueException(String message) {
    super(message);
  }
}
