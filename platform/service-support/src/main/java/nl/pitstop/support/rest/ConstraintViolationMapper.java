package nl.pitstop.support.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Invalid request content: 400 naming each invalid field with its message. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(
                Comparator.comparing(Problem.FieldError::field)
                    .thenComparing(Problem.FieldError::message))
            .toList();
    return Problem.invalid("The request has invalid fields.", errors).toResponse();
  }

  /**
   * The property path below the method parameter, e.g. {@code name} or {@code vehicleInfo.brand}.
   */
  static String fieldOf(ConstraintViolation<?> violation) {
    List<String> names = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (node.getKind() == ElementKind.PROPERTY) {
        names.add(node.getName());
      }
    }
    if (names.isEmpty()) {
      return parameter == null ? "body" : parameter;
    }
    return String.join(".", names);
  }
}
