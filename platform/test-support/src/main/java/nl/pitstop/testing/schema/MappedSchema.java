package nl.pitstop.testing.schema;

import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Compares a persistence unit's mapping with its database's migrations: the tables EclipseLink
 * would generate for the unit, in one empty in-memory H2 (SQL Server mode, as the servers run it),
 * against the tables the migrations make in another. Every table the unit maps must exist after the
 * migrations with the same columns, types, lengths and nullability; a mapping changed without a
 * migration (or the reverse) fails the module's build.
 */
public final class MappedSchema {

  /**
   * One column as the database describes it; {@code nullable} is {@code null} for a view's column
   * (a view has no constraints of its own).
   */
  public record Column(
      String type, Long length, Integer precision, Integer scale, Boolean nullable) {

    boolean sameAs(Column other) {
      return type.equals(other.type)
          && Objects.equals(length, other.length)
          && Objects.equals(precision, other.precision)
          && Objects.equals(scale, other.scale)
          && (nullable == null || other.nullable == null || nullable.equals(other.nullable));
    }

    @Override
    public String toString() {
      return type
          + (length == null ? "" : "(" + length + ")")
          + (precision == null || length != null ? "" : "(" + precision + "," + scale + ")")
          + (nullable == null ? "" : nullable ? " NULL" : " NOT NULL");
    }
  }

  private MappedSchema() {}

  /**
   * Where the mapping of {@code unit} (a persistence unit on the class path) and the migrations of
   * {@code database} (under {@code db/migration/<database>/}) differ; empty when they agree.
   */
  public static List<String> differences(String unit, String database) {
    return differencesFrom(unit, "classpath:db/migration/" + database);
  }

  /**
   * Where the mapping of {@code unit} and the migrations at a Flyway location ({@code classpath:…}
   * or {@code filesystem:…}, e.g. those of another module that owns the tables) differ.
   */
  public static List<String> differencesFrom(String unit, String migrations) {
    Map<String, Map<String, Column>> mapped = mapped(unit);
    Map<String, Map<String, Column>> migrated = migrated(migrations);
    List<String> differences = new ArrayList<>();
    if (mapped.isEmpty()) {
      differences.add(unit + " maps no tables");
    }
    mapped.forEach(
        (table, columns) -> {
          Map<String, Column> actual = migrated.get(table);
          if (actual == null) {
            differences.add(table + ": mapped by " + unit + ", not made by any migration");
            return;
          }
          columns.forEach(
              (name, column) -> {
                Column made = actual.get(name);
                if (made == null) {
                  differences.add(
                      table + "." + name + ": mapped as " + column + ", no such column");
                } else if (!made.sameAs(column)) {
                  differences.add(
                      table + "." + name + ": mapped as " + column + ", migrated as " + made);
                }
              });
          actual.keySet().stream()
              .filter(name -> !columns.containsKey(name))
              .forEach(name -> differences.add(table + "." + name + ": migrated, not mapped"));
        });
    return differences;
  }

  /** The tables EclipseLink generates for a persistence unit (the SQL Server platform's DDL). */
  public static Map<String, Map<String, Column>> mapped(String unit) {
    String url = memoryUrl("mapped");
    try (Connection keepOpen = DriverManager.getConnection(url, "sa", "")) {
      Map<String, Object> properties = new HashMap<>();
      properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
      properties.put("jakarta.persistence.jtaDataSource", "");
      properties.put("jakarta.persistence.jdbc.url", url);
      properties.put("jakarta.persistence.jdbc.user", "sa");
      properties.put("jakarta.persistence.jdbc.password", "");
      // the DDL of SQL Server, as the servers' platform generated it (docs/adr/0002)
      properties.put(
          "eclipselink.target-database",
          "org.eclipse.persistence.platform.database.SQLServerPlatform");
      properties.put("jakarta.persistence.database-product-name", "Microsoft SQL Server");
      properties.put("jakarta.persistence.schema-generation.database.action", "create");
      properties.put("eclipselink.logging.level", "WARNING");
      Persistence.generateSchema(unit, properties);
      return columns(keepOpen);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The length of a text column of the tables {@link #mapped} or {@link #migrated} gave, e.g. to
   * hold the lengths a module checks values against equal to its mapping.
   */
  public static int length(Map<String, Map<String, Column>> tables, String table, String column) {
    return Math.toIntExact(tables.get(table).get(column).length());
  }

  /** The tables and views the migrations at a Flyway location make in an empty database. */
  public static Map<String, Map<String, Column>> migrated(String migrations) {
    String url = memoryUrl("migrated");
    try (Connection keepOpen = DriverManager.getConnection(url, "sa", "")) {
      Flyway.configure()
          .dataSource(url, "sa", "")
          .locations(migrations)
          .failOnMissingLocations(true)
          .load()
          .migrate();
      return columns(keepOpen);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An empty in-memory database in SQL Server mode, alive while a connection to it is open. */
  public static String memoryUrl(String purpose) {
    return "jdbc:h2:mem:" + purpose + "-" + UUID.randomUUID() + ";MODE=MSSQLServer";
  }

  private static Map<String, Map<String, Column>> columns(Connection connection)
      throws SQLException {
    Map<String, Map<String, Column>> tables = new TreeMap<>();
    try (ResultSet rows =
        connection
            .createStatement()
            .executeQuery(
                "SELECT c.table_name, c.column_name, c.data_type, c.character_maximum_length,"
                    + " c.numeric_precision, c.numeric_scale, c.is_nullable, t.table_type"
                    + " FROM information_schema.columns c"
                    + " JOIN information_schema.tables t"
                    + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                    + " WHERE c.table_schema = 'PUBLIC' AND t.table_type IN ('BASE TABLE', 'VIEW')"
                    + " AND LOWER(c.table_name) <> 'flyway_schema_history'")) {
      while (rows.next()) {
        String type = rows.getString(3);
        boolean numeric = type.equals("DECIMAL") || type.equals("NUMERIC");
        tables
            .computeIfAbsent(rows.getString(1).toLowerCase(), t -> new TreeMap<>())
            .put(
                rows.getString(2).toLowerCase(),
                new Column(
                    type,
                    (Long) rows.getObject(4, Long.class),
                    numeric ? rows.getObject(5, Integer.class) : null,
                    numeric ? rows.getObject(6, Integer.class) : null,
                    "VIEW".equals(rows.getString(8)) ? null : "YES".equals(rows.getString(7))));
      }
    }
    return tables;
  }
}
