package nl.pitstop.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The boundaries every Pitstop module keeps (docs/architecture.md), as ArchUnit rules. Each module
 * runs them on its own classes:
 *
 * <pre>
 * &#64;AnalyzeClasses(packages = "nl.pitstop.customer", importOptions = DoNotIncludeTests.class)
 * class ArchitectureTest {
 *   &#64;ArchTest static final ArchTests pitstop = ArchTests.in(PitstopArchitecture.class);
 * }
 * </pre>
 *
 * A rule about classes a module does not have (another service's, a domain it has not) holds
 * trivially there.
 */
public final class PitstopArchitecture {

  /** The deployables with data and code of their own; they meet through events and APIs only. */
  static final List<String> SERVICES =
      List.of("customer", "vehicle", "workshop", "handlers", "webapp");

  private PitstopArchitecture() {}

  /**
   * No service uses another's classes, and the web app uses none of theirs: each owns its data and
   * code, and meets the others through the events of {@code nl.pitstop.messages} and their APIs.
   */
  @ArchTest public static final ArchRule SERVICES_ARE_INDEPENDENT = servicesAreIndependent();

  /**
   * A domain uses only the JDK and itself: no framework, no persistence, no other layer (Cargo
   * Tracker's rule; the mapping lives in orm.xml).
   */
  @ArchTest
  public static final ArchRule DOMAINS_ARE_PLAIN_JAVA =
      classes()
          .that()
          .resideInAPackage("nl.pitstop..domain..")
          .should(dependOnlyOnTheJdkAndTheirOwnDomain())
          .allowEmptyShould(true);

  /** The application layer states what it needs as ports; infrastructure implements them. */
  @ArchTest
  public static final ArchRule APPLICATIONS_DO_NOT_USE_INFRASTRUCTURE =
      noClasses()
          .that()
          .resideInAPackage("nl.pitstop..application..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("nl.pitstop..infrastructure..")
          .allowEmptyShould(true)
          .because(
              "the application layer states its needs as ports that infrastructure implements");

  private static ArchRule servicesAreIndependent() {
    CompositeArchRule rule = null;
    for (String service : SERVICES) {
      String[] others =
          SERVICES.stream()
              .filter(other -> !other.equals(service))
              .map(other -> "nl.pitstop." + other + "..")
              .toArray(String[]::new);
      ArchRule independent =
          noClasses()
              .that()
              .resideInAPackage("nl.pitstop." + service + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(others)
              .allowEmptyShould(true)
              .because(service + " meets the other services through events and APIs only");
      rule = rule == null ? CompositeArchRule.of(independent) : rule.and(independent);
    }
    return rule;
  }

  /** Each dependency leads to the JDK ({@code java.*}) or into the class's own domain package. */
  static ArchCondition<JavaClass> dependOnlyOnTheJdkAndTheirOwnDomain() {
    return new ArchCondition<>("depend only on java.* and their own domain") {
      @Override
      public void check(JavaClass domainClass, ConditionEvents events) {
        String ownPackage = domainClass.getPackageName();
        int end = (ownPackage + ".").indexOf(".domain.") + ".domain".length();
        String domain = ownPackage.substring(0, end);
        for (Dependency dependency : domainClass.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          String targetPackage = target.getPackageName();
          boolean allowed =
              target.isPrimitive()
                  || targetPackage.equals("java")
                  || targetPackage.startsWith("java.")
                  || targetPackage.equals(domain)
                  || targetPackage.startsWith(domain + ".");
          if (!allowed) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
