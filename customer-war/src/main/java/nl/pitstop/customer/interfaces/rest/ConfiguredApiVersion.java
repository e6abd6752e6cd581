package nl.pitstop.customer.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The customer API version this server answers, read once from MicroProfile Config ({@value
 * ApiVersion#PROPERTY}, a {@code server.xml} variable with default 1 that the environment variable
 * {@value ApiVersion#ENVIRONMENT_VARIABLE} overrides).
 *
 * <p>An invalid value stops the application from starting instead of silently answering as v1: this
 * bean is created when the application starts (it observes the application scope's initialisation)
 * and its constructor rejects anything but 1 or 2. The exception fails the application's start,
 * Liberty logs it with the message of {@link ApiVersion#parse}, and the server never reports ready,
 * so a canary with a typo never receives traffic. The setting is injected as text and parsed here,
 * so the accepted values and the message live in one place ({@link ApiVersion#parse}), whatever the
 * MP Config implementation's own conversions would do.
 */
@ApplicationScoped
public class ConfiguredApiVersion {

  private static final Logger LOG = Logger.getLogger(ConfiguredApiVersion.class.getName());

  private final ApiVersion version;

  /**
   * @throws IllegalArgumentException when the setting is not 1 or 2
   */
  @Inject
  public ConfiguredApiVersion(
      @ConfigProperty(name = ApiVersion.PROPERTY, defaultValue = "1") String setting) {
    this.version = ApiVersion.parse(setting);
  }

  /** For CDI's proxy only. */
  protected ConfiguredApiVersion() {
    this.version = null;
  }

  /** Creates this bean, and so validates the setting, when the application starts. */
  void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    LOG.info(
        () ->
            "Customer API version "
                + version.number()
                + (version.showsLoyaltyLevel()
                    ? " (customers with their loyaltyLevel)"
                    : " (customers without loyaltyLevel)"));
  }

  /** The version every customer answer of this server has. */
  public ApiVersion current() {
    return version;
  }
}
