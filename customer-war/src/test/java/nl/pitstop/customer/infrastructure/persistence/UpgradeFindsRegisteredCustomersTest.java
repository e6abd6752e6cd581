package nl.pitstop.customer.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.pitstop.support.search.SearchTerms;
import nl.pitstop.testing.schema.MappedSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * A customer database of the previous release (version 1) with customers, upgraded by this build's
 * migrations: the customers registered before are found by a search as new ones are, by a word of
 * their name, city or e-mail address (the Java migration V3 made their terms).
 */
class UpgradeFindsRegisteredCustomersTest {

  @Test
  void customersRegisteredBeforeTheUpgradeAreFoundByTheirWords() throws SQLException {
    String url = MappedSchema.memoryUrl("customer-upgrade");
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      flyway(url).target("1").load().migrate();
      try (Statement insert = connection.createStatement()) {
        insert.execute(
            "INSERT INTO customer (customer_id, name, address, postal_code, city,"
                + " telephone_number, email_address) VALUES ('c1', 'Ada van Lovelace',"
                + " 'Straat 1', '1234 AB', 'Den Haag', '0612345678', 'ada@example.com')");
        insert.execute(
            "INSERT INTO customer (customer_id, name, address, postal_code, city,"
                + " telephone_number, email_address) VALUES ('c2', 'Charles Babbage',"
                + " 'Straat 2', '1234 AB', 'Delft', '0612345679', 'charles@example.org')");
      }

      assertEquals(3, flyway(url).load().migrate().migrationsExecuted); // V2, V3, V4

      assertEquals(List.of("c1"), found(connection, "LOVE"));
      assertEquals(List.of("c1"), found(connection, "haag"));
      assertEquals(List.of("c1"), found(connection, "ada@ex"));
      assertEquals(List.of("c2"), found(connection, "example.org"));
      assertEquals(List.of("c1", "c2"), found(connection, "example"));
      assertEquals(List.of(), found(connection, "%"));
    }
  }

  static FluentConfiguration flyway(String url) {
    return Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration/customer");
  }

  /** The customers with a term starting with the word, as the repository's search finds them. */
  static List<String> found(Connection connection, String word) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT DISTINCT customer_id FROM customer_search_term WHERE term LIKE ? ESCAPE '\\'"
                + " ORDER BY customer_id")) {
      query.setString(1, SearchTerms.startingWith(SearchTerms.words(word).get(0)));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
    return ids;
  }
}
