package nl.pitstop.support.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills a search-term table for the rows a database already holds, for the Java migration that
 * introduces it (docs/adr/0019): the rows are read once, in the migration's transaction, and their
 * terms inserted in batches. New rows get their terms from the service as they are added.
 */
public final class SearchTermBackfill {

  static final int BATCH = 500;

  private SearchTermBackfill() {}

  /**
   * Inserts the terms of every row that {@code select} answers.
   *
   * @param select a query answering the row's id first, then its searchable fields
   * @param insert an insert with two parameters: the term, then the row's id
   * @return the number of terms inserted
   */
  public static long fill(Connection connection, String select, String insert) throws SQLException {
    long inserted = 0;
    try (Statement rows = connection.createStatement();
        ResultSet row = rows.executeQuery(select);
        PreparedStatement terms = connection.prepareStatement(insert)) {
      int fields = row.getMetaData().getColumnCount() - 1;
      int batched = 0;
      while (row.next()) {
        String id = row.getString(1);
        String[] values = new String[fields];
        for (int i = 0; i < fields; i++) {
          values[i] = row.getString(i + 2);
        }
        for (String term : SearchTerms.of(values)) {
          terms.setString(1, term);
          terms.setString(2, id);
          terms.addBatch();
          inserted++;
          if (++batched == BATCH) {
            terms.executeBatch();
            batched = 0;
          }
        }
      }
      if (batched > 0) {
        terms.executeBatch();
      }
    }
    return inserted;
  }
}
