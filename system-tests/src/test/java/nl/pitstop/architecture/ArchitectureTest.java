package nl.pitstop.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.junit.LocationProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.pitstop.testing.architecture.PitstopArchitecture;

/**
 * The boundaries of the whole code base (docs/architecture.md), checked on the main classes of
 * every module the build compiled before this one: services never use each other's classes, the web
 * app none of theirs, a domain only the JDK and itself, an application layer no infrastructure. The
 * build fails when one is crossed.
 */
@AnalyzeClasses(locations = ArchitectureTest.EveryModule.class)
class ArchitectureTest {

  @ArchTest static final ArchTests PITSTOP = ArchTests.in(PitstopArchitecture.class);

  /** Every service's classes are there: no rule holds by finding nothing. */
  @ArchTest
  static void everyServiceIsAnalysed(JavaClasses classes) {
    Set<String> services =
        classes.stream()
            .map(JavaClass::getPackageName)
            .filter(name -> name.startsWith("nl.pitstop."))
            .map(name -> name.split("\\.")[2])
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(
        services.containsAll(Set.of("customer", "vehicle", "workshop", "handlers", "webapp")),
        "analysed: " + services);
    Set<String> domains =
        classes.stream()
            .map(JavaClass::getPackageName)
            .filter(name -> name.startsWith("nl.pitstop.") && name.endsWith(".domain"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        Set.of(
            "nl.pitstop.customer.domain",
            "nl.pitstop.vehicle.domain",
            "nl.pitstop.workshop.domain",
            "nl.pitstop.handlers.invoicing.domain",
            "nl.pitstop.handlers.notification.domain"),
        domains,
        "the domains analysed");
  }

  /** The main classes of each module: {@code target/classes} one and two folders below the root. */
  static final class EveryModule implements LocationProvider {
    @Override
    public Set<Location> get(Class<?> testClass) {
      Path root = Path.of(System.getProperty("pitstop.root", "..")).toAbsolutePath().normalize();
      try (Stream<Path> folders =
          Files.find(root, 4, (path, attributes) -> isModuleClasses(root, path))) {
        return folders.map(Path::toUri).map(Location::of).collect(Collectors.toSet());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static boolean isModuleClasses(Path root, Path path) {
      Path relative = root.relativize(path);
      return path.endsWith("target/classes")
          && Files.isDirectory(path)
          && !relative.startsWith("system-tests")
          && !relative.startsWith(".pitstop");
    }
  }
}
