package nl.pitstop.support.schema;

/** A database whose schema could not be brought to this build's version; names the database. */
public class SchemaMigrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SchemaMigrationException(String database, Exception cause) {
    super("database " + database + ": " + firstLines(cause.getMessage()), cause);
  }

  public SchemaMigrationException(String database, String message, Exception cause) {
    super("database " + database + ": " + firstLines(message), cause);
  }

  /** Flyway's messages run to a dozen lines (the statement, its line); the first few say it all. */
  private static String firstLines(String message) {
    if (message == null) {
      return "(no message)";
    }
    String[] lines = message.strip().split("\\R");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.length && i < 6; i++) {
      if (!lines[i].isBlank() && !lines[i].startsWith("---")) {
        text.append(text.isEmpty() ? "" : " | ").append(lines[i].strip());
      }
    }
    return text.toString();
  }
}
