package nl.pitstop.testing.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules find what they are for, and only that: fixtures in this module's tests break each rule
 * once ({@code nl.pitstop.customer} and {@code nl.pitstop.webapp} here are fixtures, not the
 * services).
 */
class PitstopArchitectureTest {

  static final JavaClasses FIXTURES =
      new ClassFileImporter().importPackages("nl.pitstop.customer", "nl.pitstop.webapp");

  static List<String> violations(ArchRule rule) {
    return rule.evaluate(FIXTURES).getFailureReport().getDetails().stream()
        .map(detail -> detail.replaceAll(" in \\(.*\\)$", ""))
        .toList();
  }

  @Test
  void theWebAppUsingAServicesClassBreaksTheServicesIndependence() {
    assertEquals(
        List.of(
            "Field <nl.pitstop.webapp.FixturePage.shown> has type"
                + " <nl.pitstop.customer.domain.FixtureCustomer>"),
        violations(PitstopArchitecture.SERVICES_ARE_INDEPENDENT));
  }

  @Test
  void aDomainClassUsingAFrameworkBreaksThePlainJavaDomain() {
    List<String> violations = violations(PitstopArchitecture.DOMAINS_ARE_PLAIN_JAVA);
    assertEquals(
        List.of(),
        violations.stream().filter(v -> !v.contains("FixtureCustomerWithJson")).toList(),
        "the JDK, arrays and the domain itself are allowed");
    assertEquals(
        true,
        violations.stream().anyMatch(v -> v.contains("<jakarta.json.JsonObject>")),
        violations.toString());
  }

  @Test
  void anApplicationServiceUsingAnAdapterBreaksTheLayers() {
    List<String> violations =
        violations(PitstopArchitecture.APPLICATIONS_DO_NOT_USE_INFRASTRUCTURE);
    assertEquals(
        true,
        !violations.isEmpty()
            && violations.stream()
                .allMatch(
                    v ->
                        v.contains("nl.pitstop.customer.application.FixtureService")
                            && v.contains("nl.pitstop.customer.infrastructure.FixtureRepository")),
        violations.toString());
  }
}
