package nl.pitstop.webapp.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Today's date in the garage's time zone: {@code PITSTOP_TIME_ZONE} (as the time service uses),
 * else the server's zone.
 */
@ApplicationScoped
public class Today {

  @Inject
  @ConfigProperty(name = "pitstop.time.zone")
  Optional<String> zone;

  public LocalDate date() {
    return LocalDate.now(
        zone.filter(z -> !z.isBlank()).map(ZoneId::of).orElse(ZoneId.systemDefault()));
  }
}
