package nl.pitstop.support.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

  @Test
  void aFieldIsFoundByItsWholeValueAndEachWordInLowerCase() {
    assertEquals(
        Set.of(
            "jan  van jansen".replace("  ", " "),
            "jan",
            "van",
            "jansen",
            "den haag",
            "den",
            "haag",
            "jan@example.com",
            "example.com",
            "example",
            "com"),
        SearchTerms.of("Jan  van Jansen", "Den Haag", null, "jan@example.com"));
    assertEquals(Set.of("ab-12-cd", "ab", "12", "cd"), SearchTerms.of("AB-12-CD"));
    assertEquals(Set.of("élise", "müller", "élise müller"), SearchTerms.of("Élise Müller"));
  }

  @Test
  void termsAreCutToTheColumnLength() {
    String long1 = "a".repeat(150);
    assertEquals(Set.of("a".repeat(SearchTerms.MAX_LENGTH)), SearchTerms.of(long1));
  }

  @Test
  void aSearchIsItsWordsInLowerCaseOnceEach() {
    assertEquals(List.of("van", "jans"), SearchTerms.words("  Van   JANS van "));
    assertEquals(List.of(), SearchTerms.words("   "));
    assertEquals(List.of(), SearchTerms.words(null));
  }

  @Test
  void aSearchTooLongOrWithTooManyWordsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> SearchTerms.words("x".repeat(101)));
    assertThrows(IllegalArgumentException.class, () -> SearchTerms.words("a b c d e f"));
    assertEquals(5, SearchTerms.words("a b c d e").size());
  }

  @Test
  void wildcardsTheUserTypedMatchOnlyThemselves() {
    assertEquals("100\\%\\_a\\\\b%", SearchTerms.startingWith("100%_a\\b"));
  }

  @Test
  void theBackfillInsertsEveryRowsTermsAndWildcardsStayLiteralInTheDatabase() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:h2:mem:search;MODE=MSSQLServer")) {
      try (Statement sql = db.createStatement()) {
        sql.execute(
            "CREATE TABLE item (id VARCHAR(10) PRIMARY KEY, a VARCHAR(100), b VARCHAR(100))");
        sql.execute(
            "CREATE TABLE item_term (term VARCHAR(100) NOT NULL, id VARCHAR(10) NOT NULL,"
                + " PRIMARY KEY (term, id))");
        for (int i = 0; i < 1200; i++) {
          sql.execute("INSERT INTO item VALUES ('i" + i + "', 'Name " + i + "', 'City')");
        }
        sql.execute("INSERT INTO item VALUES ('pct', '100% sure', NULL)");
      }
      long inserted =
          SearchTermBackfill.fill(
              db, "SELECT id, a, b FROM item", "INSERT INTO item_term (term, id) VALUES (?, ?)");
      // "name i", "name", "i", "city" for each numbered row; "100% sure", "100%", "100", "sure"
      assertEquals(1200 * 4 + 4, inserted);
      assertEquals(List.of("i1199"), matching(db, "name 1199"));
      assertEquals(List.of("pct"), matching(db, "100%"));
      assertTrue(matching(db, "100_").isEmpty(), "_ is no wildcard");
      assertTrue(matching(db, "%").isEmpty(), "% is no wildcard");
    }
  }

  /** The rows with a term starting with this text. */
  static List<String> matching(Connection db, String search) throws Exception {
    List<String> ids = new ArrayList<>();
    try (var query =
        db.prepareStatement(
            "SELECT DISTINCT id FROM item_term WHERE term LIKE ? ESCAPE '\\' ORDER BY id")) {
      query.setString(1, SearchTerms.startingWith(search));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
    return ids;
  }
}
