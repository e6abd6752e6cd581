package nl.pitstop.handlers.invoicing.application;

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
    Map<String, Map<String, Column>> tables = MappedSchema.mapped("invoicing");

    for (String table : new String[] {"customer", "invoice_job"}) {
      assertEquals(ColumnLengths.CUSTOMER_ID, length(tables, table, "customer_id"), table);
    }
    assertEquals(ColumnLengths.NAME, length(tables, "customer", "name"));
    assertEquals(ColumnLengths.ADDRESS, length(tables, "customer", "address"));
    assertEquals(ColumnLengths.POSTAL_CODE, length(tables, "customer", "postal_code"));
    assertEquals(ColumnLengths.CITY, length(tables, "customer", "city"));
    assertEquals(ColumnLengths.LICENSE_NUMBER, length(tables, "invoice_job", "license_number"));
    assertEquals(ColumnLengths.DESCRIPTION, length(tables, "invoice_job", "description"));
    // an invoice copies its customer's values
    assertEquals(ColumnLengths.CUSTOMER_ID, length(tables, "invoice", "customer_id"));
    assertEquals(ColumnLengths.NAME, length(tables, "invoice", "customer_name"));
    assertEquals(ColumnLengths.ADDRESS, length(tables, "invoice", "customer_address"));
    assertEquals(ColumnLengths.POSTAL_CODE, length(tables, "invoice", "customer_postal_code"));
    assertEquals(ColumnLengths.CITY, length(tables, "invoice", "customer_city"));
  }
}
