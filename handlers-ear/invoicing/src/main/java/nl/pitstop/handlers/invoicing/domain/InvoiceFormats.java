package nl.pitstop.handlers.invoicing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;

/** How dates and amounts appear on an invoice. */
public final class InvoiceFormats {

  /** A day, as {@code 17-05-2024}. */
  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private InvoiceFormats() {}

  /** An amount in euros, as {@code € 37.00}. */
  public static String euros(BigDecimal amount) {
    return "€ " + amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
