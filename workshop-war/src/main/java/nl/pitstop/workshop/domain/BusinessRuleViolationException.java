package nl.pitstop.workshop.domain;

/** A command that breaks a rule of the planning as it stands (answered 409). */
public class BusinessRuleViolationException extends RuntimeException {

  public BusinessRuleViolationException(String message) {
    super(message);
  }
}
