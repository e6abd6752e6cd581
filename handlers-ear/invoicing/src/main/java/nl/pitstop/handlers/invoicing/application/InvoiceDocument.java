package nl.pitstop.handlers.invoicing.application;

import java.util.List;

/**
 * The HTML of an invoice e-mail, laid out as the original's (reference §7): the banner (inline
 * image {@code banner.jpg}), "PITSTOP GARAGE" / "INVOICE", the invoice's reference, date, amount
 * and due date beside the customer's address, the letter with one list item per job, the total, the
 * payment terms and details, and the greeting. It is XHTML-compatible (every element closed),
 * tables and inline styles only, as mail clients need. Every value that comes from a user is
 * escaped.
 */
public final class InvoiceDocument {

  /** The content id of the banner image at the top. */
  public static final String BANNER = "banner.jpg";

  static final String BANK = "ING";
  static final String ACCOUNT_NAME = "Pitstop Garage";
  static final String IBAN = "NL20INGB0001234567";

  private static final String TEXT =
      "font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222222;";
  private static final String RULE =
      "<hr style=\"border:0;border-top:2px solid #0b2a4a;height:0;margin:0;\" />";

  private InvoiceDocument() {}

  /** The e-mail body of the invoice. */
  public static String html(Invoice invoice) {
    String id = escape(invoice.invoiceId());
    String amount = InvoiceFormats.euros(invoice.amount());
    StringBuilder html = new StringBuilder(4096);
    html.append("<!DOCTYPE html>\n")
        .append("<html lang=\"en\">\n")
        .append("<head>\n")
        .append("<meta charset=\"UTF-8\" />\n")
        .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<title>Pitstop Garage Invoice #")
        .append(id)
        .append("</title>\n")
        .append("</head>\n")
        .append("<body style=\"margin:0;padding:0;background-color:#f2f2f2;")
        .append(TEXT)
        .append("\">\n")
        .append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\"")
        .append(" style=\"width:600px;margin:0 auto;background-color:#ffffff;")
        .append("border-collapse:collapse;\">\n");

    // Banner and header row.
    html.append("<tr><td colspan=\"2\" style=\"padding:0;\">")
        .append("<img src=\"cid:")
        .append(BANNER)
        .append("\" alt=\"Pitstop Garage\" width=\"600\" height=\"80\"")
        .append(" style=\"display:block;border:0;width:600px;height:80px;\" />")
        .append("</td></tr>\n")
        .append("<tr>\n")
        .append("<td style=\"padding:16px 24px 8px 24px;font-size:22px;font-weight:bold;")
        .append("color:#0b2a4a;\">PITSTOP GARAGE</td>\n")
        .append("<td style=\"padding:16px 24px 8px 24px;font-size:22px;font-weight:bold;")
        .append("color:#0b2a4a;text-align:right;\">INVOICE</td>\n")
        .append("</tr>\n")
        .append("<tr><td colspan=\"2\" style=\"padding:0 24px;\">")
        .append(RULE)
        .append("</td></tr>\n");

    // Invoice facts (left) and the address (right).
    html.append("<tr>\n")
        .append("<td style=\"padding:16px 24px;vertical-align:top;width:50%;\">\n")
        .append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\"")
        .append(" style=\"border-collapse:collapse;\">\n");
    fact(html, "Invoice reference", id);
    fact(html, "Invoice date", InvoiceFormats.DAY.format(invoice.invoiceDate()));
    fact(html, "Amount", amount);
    fact(html, "Payment due by", InvoiceFormats.DAY.format(invoice.paymentDueDate()));
    html.append("</table>\n")
        .append("</td>\n")
        .append("<td style=\"padding:16px 24px;vertical-align:top;width:50%;\">\n")
        .append("<strong>To:</strong><br />\n");
    for (String line :
        List.of(
            nullToEmpty(invoice.customerName()),
            nullToEmpty(invoice.customerAddress()),
            nullToEmpty(invoice.customerPostalCode()),
            nullToEmpty(invoice.customerCity()))) {
      html.append(escape(line)).append("<br />\n");
    }
    html.append("</td>\n")
        .append("</tr>\n")
        .append("<tr><td colspan=\"2\" style=\"padding:0 24px;\">")
        .append(RULE)
        .append("</td></tr>\n");

    // The letter.
    html.append("<tr><td colspan=\"2\" style=\"padding:16px 24px 24px 24px;\">\n")
        .append("<p style=\"margin:0 0 12px 0;\">Dear ")
        .append(escape(invoice.customerName()))
        .append(",</p>\n")
        .append("<p style=\"margin:0 0 12px 0;\">Hereby we send you an invoice for maintenance")
        .append(" we executed on your vehicle(s):</p>\n")
        .append("<ol style=\"margin:0 0 12px 0;padding-left:24px;\">\n");
    for (String line : invoice.specificationLines()) {
      html.append("<li>").append(escape(line)).append("</li>\n");
    }
    html.append("</ol>\n")
        .append("<p style=\"margin:0 0 12px 0;\"><strong>Total amount : ")
        .append(amount)
        .append("</strong></p>\n")
        .append("<p style=\"margin:0 0 12px 0;\">Payment terms : Payment within ")
        .append(Invoice.PAYMENT_TERM_DAYS)
        .append(" days of invoice date.</p>\n")
        .append("<p style=\"margin:0 0 4px 0;\"><strong>Payment details</strong></p>\n")
        .append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\"")
        .append(" style=\"border-collapse:collapse;margin:0 0 12px 0;\">\n");
    fact(html, "Bank", BANK);
    fact(html, "Name", ACCOUNT_NAME);
    fact(html, "IBAN", IBAN);
    fact(html, "Reference", id);
    html.append("</table>\n")
        .append("<p style=\"margin:0;\">Greetings,<br /><br />The PitStop crew</p>\n")
        .append("</td></tr>\n")
        .append("</table>\n")
        .append("</body>\n")
        .append("</html>\n");
    return html.toString();
  }

  /** A label and its (already escaped) value, as {@code Label : value}. */
  private static void fact(StringBuilder html, String label, String value) {
    html.append("<tr><td style=\"padding:0 12px 0 0;white-space:nowrap;\">")
        .append(label)
        .append("</td><td style=\"padding:0;\">: ")
        .append(value)
        .append("</td></tr>\n");
  }

  /** The text with {@code & < > " '} as character references, so that it is only ever text. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
