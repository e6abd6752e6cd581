package nl.pitstop.handlers.invoicing.application;

import java.util.Arrays;
import java.util.Map;
import nl.pitstop.handlers.invoicing.domain.Invoice;
import nl.pitstop.handlers.invoicing.domain.InvoiceFormats;
import nl.pitstop.handlers.mail.HtmlTemplate;

/**
 * The HTML of an invoice e-mail, laid out as the original's (reference §7), from the template
 * {@code mail/invoice.html}: the banner (inline image {@code banner.jpg}), "PITSTOP GARAGE" /
 * "INVOICE", the invoice's reference, date, amount and due date beside the customer's address, the
 * letter with one list item per job, the total, the payment terms and details, and the greeting.
 * Every value is escaped as text.
 */
public final class InvoiceDocument {

  /** The content id of the banner image at the top. */
  public static final String BANNER = "banner.jpg";

  static final String BANK = "ING";
  static final String ACCOUNT_NAME = "Pitstop Garage";
  static final String IBAN = "NL20INGB0001234567";

  private static final HtmlTemplate TEMPLATE =
      HtmlTemplate.resource(InvoiceDocument.class, "mail/invoice.html");

  private InvoiceDocument() {}

  /** The e-mail body of the invoice. */
  public static String html(Invoice invoice) {
    return TEMPLATE.render(
        Map.ofEntries(
            Map.entry("banner", BANNER),
            Map.entry("invoiceId", invoice.invoiceId()),
            Map.entry("invoiceDate", InvoiceFormats.DAY.format(invoice.invoiceDate())),
            Map.entry("amount", InvoiceFormats.euros(invoice.amount())),
            Map.entry("paymentDueDate", InvoiceFormats.DAY.format(invoice.paymentDueDate())),
            Map.entry(
                "address",
                Arrays.asList(
                    invoice.customerName(),
                    invoice.customerAddress(),
                    invoice.customerPostalCode(),
                    invoice.customerCity())),
            Map.entry("customerName", nullToEmpty(invoice.customerName())),
            Map.entry("jobs", invoice.specificationLines()),
            Map.entry("paymentTermDays", String.valueOf(Invoice.PAYMENT_TERM_DAYS)),
            Map.entry("bank", BANK),
            Map.entry("accountName", ACCOUNT_NAME),
            Map.entry("iban", IBAN)));
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
