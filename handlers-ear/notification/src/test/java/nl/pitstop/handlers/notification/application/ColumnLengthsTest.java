package nl.pitstop.handlers.notification.application;

import static nl.pitstop.testing.schema.MappedSchema.length;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import nl.pitstop.testing.schema.MappedSchema;
import nl.pitstop.testing.schema.MappedSchema.Column;
import org.junit.jupiter.api.Test;

/** The lengths values are checked against are those of the columns the mapping makes. */
class ColumnLengthsTest {

  @Test
  void everyCheckedLengthIsItsColumnsLength() {
    Map<String, Map<String, Column>> tables = MappedSchema.mapped("notification");

    for (String table : new String[] {"customer", "reminder_job"}) {
      assertEquals(ColumnLengths.CUSTOMER_ID, length(tables, table, "customer_id"), table);
    }
    assertEquals(ColumnLengths.NAME, length(tables, "customer", "name"));
    assertEquals(ColumnLengths.TELEPHONE_NUMBER, length(tables, "customer", "telephone_number"));
    assertEquals(ColumnLengths.EMAIL_ADDRESS, length(tables, "customer", "email_address"));
    assertEquals(ColumnLengths.LICENSE_NUMBER, length(tables, "reminder_job", "license_number"));
    assertEquals(ColumnLengths.DESCRIPTION, length(tables, "reminder_job", "description"));
  }
}
