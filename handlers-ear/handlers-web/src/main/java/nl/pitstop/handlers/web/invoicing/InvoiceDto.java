package nl.pitstop.handlers.web.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.pitstop.handlers.invoicing.domain.Invoice;

/**
 * One invoice, with the HTML of the e-mail as it was sent.
 *
 * @param amount in euros, a JSON number with two decimals
 * @param specification one line per job, in the invoice's order
 * @param sentAt when its e-mail went to the printing company; absent while it waits in the outbox
 */
public record InvoiceDto(
    String invoiceId,
    LocalDate invoiceDate,
    String customerId,
    String customerName,
    BigDecimal amount,
    List<String> jobIds,
    List<String> specification,
    Instant sentAt,
    String html) {

  static InvoiceDto of(Invoice invoice, Instant sentAt) {
    return new InvoiceDto(
        invoice.invoiceId(),
        invoice.invoiceDate(),
        invoice.customerId(),
        invoice.customerName(),
        invoice.amount(),
        invoice.jobIds(),
        invoice.specificationLines(),
        sentAt,
        invoice.html());
  }
}
