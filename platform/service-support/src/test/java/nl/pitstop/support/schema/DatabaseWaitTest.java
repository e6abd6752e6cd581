package nl.pitstop.support.schema;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** What a starting server does when its database does not answer, or refuses its login. */
class DatabaseWaitTest {

  @Test
  void aDatabaseThatAnswersIsNotWaitedFor() {
    JdbcDataSource dataSource = dataSource("jdbc:h2:mem:" + UUID.randomUUID(), "sa");

    assertDoesNotThrow(
        () -> DatabaseWait.untilReachable(dataSource, "customer", Duration.ofSeconds(5)));
  }

  @Test
  void aRefusedLoginFailsAtOnceNamingTheDatabase() throws SQLException {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (Connection owner = dataSource(url, "right").getConnection()) {
      JdbcDataSource wrongPassword = dataSource(url, "wrong");

      SchemaMigrationException refused =
          assertThrows(
              SchemaMigrationException.class,
              () -> DatabaseWait.untilReachable(wrongPassword, "customer", Duration.ofHours(1)));

      assertTrue(refused.getMessage().startsWith("database customer: "), refused.getMessage());
    }
  }

  @Test
  void aDatabaseThatNeverAnswersFailsAfterThePatienceNamingTheDatabase() {
    JdbcDataSource nowhere = dataSource("jdbc:h2:tcp://localhost:1/nowhere", "sa");

    SchemaMigrationException failure =
        assertThrows(
            SchemaMigrationException.class,
            () -> DatabaseWait.untilReachable(nowhere, "customer", Duration.ofSeconds(2)));

    assertTrue(
        failure.getMessage().startsWith("database customer: not reachable within 2 s"),
        failure.getMessage());
  }

  private static JdbcDataSource dataSource(String url, String password) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    dataSource.setPassword(password);
    return dataSource;
  }
}
