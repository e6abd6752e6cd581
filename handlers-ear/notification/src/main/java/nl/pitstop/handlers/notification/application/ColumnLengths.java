package nl.pitstop.handlers.notification.application;

/**
 * The lengths of the notification database's text columns (META-INF/notification-orm.xml maps
 * them), which values from events are checked against with {@link
 * nl.pitstop.handlers.handling.Columns#fit} before they become part of the domain: a value too long
 * fails its message with a message that names it.
 */
final class ColumnLengths {

  static final int CUSTOMER_ID = 50;
  static final int NAME = 200;
  static final int TELEPHONE_NUMBER = 50;
  static final int EMAIL_ADDRESS = 320;
  static final int LICENSE_NUMBER = 50;
  static final int DESCRIPTION = 1000;

  private ColumnLengths() {}
}
