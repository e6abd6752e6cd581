package nl.pitstop.webapp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class ProblemResponseMapperTest {

  @Test
  void aRuleViolationCarriesTheOriginalsErrorMessage() {
    ApiException e =
        ProblemResponseMapper.of(
            409,
            "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
                + "\"detail\":\"Maintenancejob overlaps with more than 3 other jobs.\","
                + "\"errorMessage\":\"Maintenancejob overlaps with more than 3 other jobs.\"}");
    assertInstanceOf(ApiException.Rejected.class, e);
    assertEquals("Maintenancejob overlaps with more than 3 other jobs.", e.getMessage());
  }

  @Test
  void invalidFieldsAreKeptForTheForm() {
    ApiException e =
        ProblemResponseMapper.of(
            400,
            "{\"status\":400,\"detail\":\"Invalid request\",\"errors\":"
                + "[{\"field\":\"register.request.name\",\"message\":\"The Name field is required.\"}]}");
    assertInstanceOf(ApiException.Rejected.class, e);
    assertEquals("Invalid request", e.getMessage());
    assertEquals("The Name field is required.", e.problem().fieldErrors().get(0).message());
  }

  @Test
  void notFoundAndServerErrorsAreTheirOwnKinds() {
    assertInstanceOf(ApiException.NotFound.class, ProblemResponseMapper.of(404, null));
    assertInstanceOf(
        ApiException.Failed.class, ProblemResponseMapper.of(503, "<html>proxy</html>"));
    assertInstanceOf(ApiException.Failed.class, ProblemResponseMapper.of(429, ""));
    assertEquals("Service Unavailable", ProblemResponseMapper.of(503, "not json").getMessage());
  }
}
