package nl.pitstop.handlers.workshop.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.pitstop.testing.schema.MappedSchema;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The read model of the previous release (version 1) with its data, upgraded by this build's
 * migrations: every row is still there (a message handled before counts as a first delivery), and
 * the new index is in place.
 */
class UpgradeKeepsDataTest {

  static final String MIGRATIONS = "classpath:db/migration/workshop";

  @Test
  void theReadModelKeepsItsRowsThroughTheUpgrade() throws SQLException {
    String url = MappedSchema.memoryUrl("upgrade");
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      flyway(url).target("1").load().migrate();
      execute(
          connection,
          "INSERT INTO customer (customer_id, name, telephone_number)"
              + " VALUES ('c1', 'Ada Lovelace', '0612345678')",
          "INSERT INTO vehicle (license_number, brand, type, owner_id)"
              + " VALUES ('AB-123-C', 'Volkswagen', 'Golf', 'c1')",
          "INSERT INTO maintenance_job (id, customer_id, vehicle_license_number, description,"
              + " start_time, end_time, workshop_planning_date) VALUES ('j1', 'c1', 'AB-123-C',"
              + " 'APK', '2026-12-07 08:00:00', '2026-12-07 10:00:00', '2026-12-07')",
          "INSERT INTO processed_message (message_id, message_type, handled_at)"
              + " VALUES ('m1', 'MaintenanceJobPlanned', '2026-12-06 09:00:00')");

      int applied = flyway(url).load().migrate().migrationsExecuted;

      // the views for the workshop API, the two indexes, the delivery attempt
      assertEquals(4, applied);
      assertEquals(
          List.of("c1 Ada Lovelace 0612345678"),
          rows(connection, "SELECT customer_id, name, telephone_number FROM planning_customer"));
      assertEquals(
          List.of("AB-123-C Volkswagen Golf c1"),
          rows(connection, "SELECT license_number, brand, type, owner_id FROM planning_vehicle"));
      assertEquals(
          List.of("j1 c1 AB-123-C APK 2026-12-07"),
          rows(
              connection,
              "SELECT id, customer_id, vehicle_license_number, description,"
                  + " workshop_planning_date FROM maintenance_job"));
      assertEquals(
          List.of("m1 1"),
          rows(
              connection,
              "SELECT message_id, delivery_attempt FROM processed_message"
                  + " WHERE handled_at >= '2026-12-06 08:59:00'"));
      assertEquals(
          List.of("IX_PROCESSED_MESSAGE_HANDLED_AT"),
          rows(
              connection,
              "SELECT index_name FROM information_schema.indexes"
                  + " WHERE table_name = 'PROCESSED_MESSAGE' AND index_type_name = 'INDEX'"));
    }
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
    return Flyway.configure().dataSource(url, "sa", "").locations(MIGRATIONS);
  }

  private static void execute(Connection connection, String... statements) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static List<String> rows(Connection connection, String query) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(result.getString(i));
        }
        rows.add(String.join(" ", values));
      }
    }
    return rows;
  }
}
