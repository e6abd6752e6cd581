package nl.pitstop.support.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintViolationMapperTest {

  record Vehicle(@NotBlank String brand) {}

  record Job(@NotBlank String description, @NotNull @Valid Vehicle vehicleInfo) {}

  static class Resource {
    public void plan(@NotNull @Valid Job job) {}
  }

  static List<String> fieldsOf(Object argument) throws NoSuchMethodException {
    Method plan = Resource.class.getMethod("plan", Job.class);
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      return factory
          .getValidator()
          .forExecutables()
          .validateParameters(new Resource(), plan, new Object[] {argument})
          .stream()
          .map(ConstraintViolationMapper::fieldOf)
          .sorted()
          .toList();
    }
  }

  @Test
  void namesTheFieldBelowTheParameter() throws NoSuchMethodException {
    assertEquals(
        List.of("description", "vehicleInfo.brand"), fieldsOf(new Job(" ", new Vehicle(""))));
  }

  @Test
  void aMissingBodyIsNamedAfterTheParameter() throws NoSuchMethodException {
    assertEquals(List.of("job"), fieldsOf(null));
  }
}
