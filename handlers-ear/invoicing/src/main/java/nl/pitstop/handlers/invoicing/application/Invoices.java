package nl.pitstop.handlers.invoicing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pitstop.handlers.invoicing.domain.Invoice;

/** The invoices sent, for the read API. */
@ApplicationScoped
public class Invoices {

  private final InvoiceStore store;

  @Inject
  public Invoices(InvoiceStore store) {
    this.store = store;
  }

  /** For CDI's proxy only. */
  protected Invoices() {
    this(null);
  }

  /** Invoices, the most recently created first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Invoice> newestFirst(int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException(
          "offset must be at least 0 and limit at least 1: " + offset + ", " + limit);
    }
    return store.invoicesNewestFirst(offset, limit);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Invoice> find(String invoiceId) {
    return invoiceId == null ? Optional.empty() : store.invoice(invoiceId);
  }

  /**
   * When the e-mails of these invoices were handed to the mail server; an invoice whose mail is
   * still in the outbox is not in the map.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Instant> mailsSentAt(Collection<String> invoiceIds) {
    return invoiceIds.isEmpty() ? Map.of() : store.mailsSentAt(invoiceIds);
  }
}
