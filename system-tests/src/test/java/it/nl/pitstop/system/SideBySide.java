package it.nl.pitstop.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A whole-system test class that may run at the same time as another such class (docs/testing.md):
 * it stops, kills and restarts nothing that another class uses (a server, the broker, the database,
 * the mail sink), changes no server's settings, and checks only what it made itself or what holds
 * however much else happens meanwhile (at least so many events, nothing dead-lettered, the outboxes
 * empty once the system has settled).
 *
 * <p>The build runs these classes two at a time, then every other class alone, one after the other.
 * A class without this annotation always runs alone, so a new test is safe before it is fast.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(SideBySide.TAG)
public @interface SideBySide {
  /** The tag the build selects the classes by (system-tests/pom.xml). */
  String TAG = "side-by-side";
}
