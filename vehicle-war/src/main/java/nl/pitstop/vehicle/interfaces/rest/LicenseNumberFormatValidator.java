package nl.pitstop.vehicle.interfaces.rest;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.pitstop.vehicle.domain.InvalidLicenseNumberException;
import nl.pitstop.vehicle.domain.LicenseNumber;

/** Checks {@link LicenseNumberFormat} with the domain's rule. */
public class LicenseNumberFormatValidator
    implements ConstraintValidator<LicenseNumberFormat, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || value.isBlank() || LicenseNumber.isValid(value)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(
            literal(InvalidLicenseNumberException.messageFor(value)))
        .addConstraintViolation();
    return false;
  }

  /**
   * The text as a message template that interpolates to itself: the client's value must never be
   * read as a message parameter or expression (Bean Validation's escapes, spec section 6.3.1).
   */
  static String literal(String text) {
    StringBuilder template = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        template.append('\\');
      }
      template.append(c);
    }
    return template.toString();
  }
}
