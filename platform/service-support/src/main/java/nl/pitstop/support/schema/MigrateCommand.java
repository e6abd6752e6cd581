package nl.pitstop.support.schema;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Migrates databases from the command line, outside a server: on OpenShift, the init container of
 * every pod of a server with a database runs it with the DDL login before the server starts, and
 * the server then only validates with its data-only login ({@code PITSTOP_SCHEMA_ACTION=validate}).
 * Several pods starting at once migrate once (Flyway's lock; see {@link SchemaMigrations}).
 *
 * <pre>
 * java -cp "/opt/pitstop/schema/lib/*:/opt/ol/wlp/usr/shared/resources/jdbc/*" \
 *     nl.pitstop.support.schema.MigrateCommand customer=jdbc:sqlserver://…;databaseName=customer;…
 * </pre>
 *
 * <p>Each argument is {@code <migrations>=<JDBC URL>}, the migrations under {@code
 * db/migration/<migrations>/} on the class path; the login is {@code DB_USER} and {@code
 * DB_PASSWORD} from the environment. Exits with 0 when every database is at this build's version, 1
 * when one could not be migrated (the message names it and the migration), 2 on a usage error.
 */
public final class MigrateCommand {

  /** One database to migrate. */
  record Target(String migrations, String url) {

    static Target parse(String argument) {
      int equals = argument.indexOf('=');
      if (equals <= 0 || !argument.startsWith("jdbc:", equals + 1)) {
        throw new IllegalArgumentException(
            "'" + argument + "' is not <migrations>=<JDBC URL>, e.g. customer=jdbc:sqlserver://…");
      }
      return new Target(argument.substring(0, equals), argument.substring(equals + 1));
    }
  }

  private MigrateCommand() {}

  public static void main(String[] arguments) {
    System.exit(run(List.of(arguments), System.getenv(), System.out, System.err));
  }

  /** Migrates every target in turn, stopping at the first that fails; returns the exit status. */
  static int run(
      List<String> arguments, Map<String, String> environment, PrintStream out, PrintStream err) {
    List<Target> targets = new ArrayList<>();
    try {
      if (arguments.isEmpty()) {
        throw new IllegalArgumentException("no database named");
      }
      for (String argument : arguments) {
        targets.add(Target.parse(argument));
      }
      if (environment.get("DB_USER") == null || environment.get("DB_PASSWORD") == null) {
        throw new IllegalArgumentException("DB_USER and DB_PASSWORD (the DDL login) are not set");
      }
    } catch (IllegalArgumentException e) {
      err.println("migrate: " + e.getMessage());
      err.println("usage: MigrateCommand <migrations>=<JDBC URL> ... (DB_USER, DB_PASSWORD set)");
      return 2;
    }
    for (Target target : targets) {
      try {
        SchemaMigrations.Migrated result =
            SchemaMigrations.at(
                    target.migrations(),
                    target.url(),
                    environment.get("DB_USER"),
                    environment.get("DB_PASSWORD"))
                .migrate();
        out.println(
            "Schema of "
                + target.migrations()
                + " at version "
                + result.version()
                + " ("
                + result.applied()
                + " migrations applied)");
      } catch (SchemaMigrationException e) {
        err.println("migrate: " + e.getMessage());
        return 1;
      }
    }
    return 0;
  }
}
