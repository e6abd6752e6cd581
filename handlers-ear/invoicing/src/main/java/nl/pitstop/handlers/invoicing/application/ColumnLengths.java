package nl.pitstop.handlers.invoicing.application;

/**
 * The lengths of invoicing's text columns, for their mapping and for {@link
 * nl.pitstop.handlers.handling.Columns#fit} before a value is stored.
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
