package nl.pitstop.vehicle.interfaces.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The value has the license-number format ({@link nl.pitstop.vehicle.domain.LicenseNumber}); null
 * and blank values pass (a required field says so itself). The violation's message is the
 * original's, naming the value: {@code The specified license-number '<value>' was not in the
 * correct format.}
 */
@Documented
@Constraint(validatedBy = LicenseNumberFormatValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface LicenseNumberFormat {

  String message() default "The specified license-number was not in the correct format.";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
