package nl.pitstop.support.schema;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Brings the databases named in {@code pitstop.schema.migrations} to this build's schema while the
 * application starts, before any bean, persistence unit, message-driven bean or request uses them:
 * CDI validates the deployment before the application serves anything.
 *
 * <p>{@code pitstop.schema.migrations} lists {@code <JNDI name of the data source>:<database>}
 * pairs, comma separated, e.g. {@code jdbc/customer:customer}; the database's migrations lie under
 * {@code db/migration/<database>/}. {@code pitstop.schema.action} is {@code migrate} (the default)
 * or {@code validate}. A database that does not answer yet is waited for, up to {@code
 * pitstop.schema.database-wait} (default PT60S); a refused login is not. A database that cannot be
 * brought to this version stops the application's start with a message that names the database and
 * the migration.
 */
public class SchemaMigrationExtension implements Extension {

  private static final Logger LOG = Logger.getLogger(SchemaMigrationExtension.class.getName());

  void migrate(@Observes AfterDeploymentValidation deployment) {
    ClassLoader classLoader = SchemaMigrationExtension.class.getClassLoader();
    Config config = ConfigProvider.getConfig(Thread.currentThread().getContextClassLoader());
    List<String> targets =
        config.getOptionalValues("pitstop.schema.migrations", String.class).orElse(List.of());
    if (targets.isEmpty()) {
      return;
    }
    SchemaMigrations.Action action =
        SchemaMigrations.Action.parse(
            config.getOptionalValue("pitstop.schema.action", String.class).orElse("migrate"));
    Duration patience =
        config
            .getOptionalValue("pitstop.schema.database-wait", Duration.class)
            .orElse(Duration.ofSeconds(60));
    for (String target : targets) {
      try {
        apply(target, action, patience, classLoader);
      } catch (RuntimeException | NamingException e) {
        LOG.severe(() -> "Schema of " + target + " not at this version: " + e.getMessage());
        deployment.addDeploymentProblem(e);
        return;
      }
    }
  }

  private static void apply(
      String target, SchemaMigrations.Action action, Duration patience, ClassLoader classLoader)
      throws NamingException {
    String[] parts = target.trim().split(":", 2);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new IllegalArgumentException(
          "pitstop.schema.migrations: '" + target + "' is not <data source JNDI name>:<database>");
    }
    DataSource dataSource = InitialContext.doLookup(parts[0]);
    DatabaseWait.untilReachable(dataSource, parts[1], patience);
    SchemaMigrations migrations = new SchemaMigrations(parts[1], dataSource, classLoader);
    if (action == SchemaMigrations.Action.VALIDATE) {
      migrations.validate();
      LOG.info(
          () ->
              "Schema of "
                  + parts[1]
                  + " at version "
                  + migrations.currentVersion()
                  + " (validated)");
    } else {
      SchemaMigrations.Migrated result = migrations.migrate();
      LOG.info(
          () ->
              "Schema of "
                  + parts[1]
                  + " at version "
                  + result.version()
                  + (result.applied() == 0
                      ? ""
                      : " (" + result.applied() + " migrations applied)"));
    }
  }
}
