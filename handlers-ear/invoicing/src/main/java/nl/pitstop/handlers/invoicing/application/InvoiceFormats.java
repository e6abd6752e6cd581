package nl.pitstop.handlers.invoicing.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;

/** How dates and amounts appear on an invoice. */
final class InvoiceFormats {

  /** A day, as {@code 17-05-2024}. */
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private InvoiceFormats() {}

  /** An amount in euros, as {@code € 37.00}. */
  static String euros(BigDecimal amount) {
    return "€ " + amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
