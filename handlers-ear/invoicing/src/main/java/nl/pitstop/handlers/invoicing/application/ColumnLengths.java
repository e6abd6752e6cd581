package nl.pitstop.handlers.invoicing.application;

/**
 * The lengths of invoicing's text columns (META-INF/invoicing-orm.xml maps them), which values from
 * events are checked against with {@link nl.pitstop.handlers.handling.Columns#fit} before they
 * become part of the domain: a value too long fails its message with a message that names it.
 */
final class ColumnLengths {

  static final int CUSTOMER_ID = 100;
  static final int NAME = 200;
  static final int ADDRESS = 400;
  static final int POSTAL_CODE = 50;
  static final int CITY = 200;
  static final int LICENSE_NUMBER = 50;
  static final int DESCRIPTION = 4000;

  private ColumnLengths() {}
}
