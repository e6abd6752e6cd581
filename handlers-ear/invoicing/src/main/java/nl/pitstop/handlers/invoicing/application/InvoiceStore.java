package nl.pitstop.handlers.invoicing.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.pitstop.handlers.handling.ProcessedMessages;
import nl.pitstop.handlers.invoicing.domain.Customer;
import nl.pitstop.handlers.invoicing.domain.Invoice;
import nl.pitstop.handlers.invoicing.domain.InvoiceJob;

/**
 * Invoicing's database as the application uses it: rows found by key and added, in the caller's
 * transaction. Rows found are live: changes to them are stored with the transaction.
 */
public interface InvoiceStore extends ProcessedMessages {

  Optional<Customer> customer(String customerId);

  void add(Customer customer);

  Optional<InvoiceJob> job(UUID jobId);

  void add(InvoiceJob job);

  /**
   * Waits until no other transaction runs invoices, and makes the others wait until the current
   * transaction ends: invoice runs take turns, so two days that pass at once never invoice the same
   * jobs or pick the same invoice id (and neither has to roll back and be redelivered).
   */
  void lockInvoiceRuns();

  /**
   * The jobs that {@linkplain InvoiceJob#awaitsInvoice() await an invoice} (planned, finished and
   * on no invoice yet), of any day, in any order.
   */
  List<InvoiceJob> jobsAwaitingInvoice();

  /** An invoice by id, including one added in the current transaction. */
  Optional<Invoice> invoice(String invoiceId);

  void add(Invoice invoice);

  /** Invoices, the most recently created first. */
  List<Invoice> invoicesNewestFirst(int offset, int limit);

  /** When the e-mails of these invoices went out, for those that did. */
  Map<String, Instant> mailsSentAt(Collection<String> invoiceIds);
}
