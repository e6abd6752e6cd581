package nl.pitstop.support.persistence;

import java.sql.SQLException;

/** Recognises a unique-key violation among the causes of a persistence failure. */
public final class DuplicateKeys {

  /** SQL state class 23: integrity constraint violation (H2, SQL Server and the SQL standard). */
  private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

  private DuplicateKeys() {}

  public static boolean causedByDuplicateKey(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
        return true;
      }
    }
    return false;
  }
}
