package nl.pitstop.webapp.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Year;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The version and copyright the layout, home and about pages show. */
@Named
@ApplicationScoped
public class AppInfo {

  @Inject
  @ConfigProperty(name = "pitstop.version", defaultValue = "development")
  String version;

  public String getVersion() {
    return version;
  }

  public int getCurrentYear() {
    return Year.now().getValue();
  }
}
