package nl.pitstop.handlers.web.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.pitstop.handlers.invoicing.domain.Invoice;

/**
 * An invoice in the list.
 *
 * @param amount in euros, a JSON number with two decimals
 * @param specification one line per job, in the invoice's order
 * @param sentAt when its e-mail went to the printing company; absent while it waits in the outbox
 */
public record InvoiceSummaryDto(
    String invoiceId,
    LocalDate invoiceDate,
    String customerId,
    String customerName,
    BigDecimal amount,
    List<String> jobIds,
    List<String> specification,
    Instant sentAt) {

  static InvoiceSummaryDto of(Invoice invoice, Instant sentAt) {
    return new InvoiceSummaryDto(
        invoice.invoiceId(),
        invoice.invoiceDate(),
        invoice.customerId(),
        invoice.customerName(),
        invoice.amount(),
        invoice.jobIds(),
        invoice.specificationLines(),
        sentAt);
  }
}
