package nl.pitstop.handlers.invoicing.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.pitstop.handlers.handling.ProcessedMessage;
import nl.pitstop.handlers.invoicing.domain.Customer;
import nl.pitstop.handlers.invoicing.domain.Invoice;
import nl.pitstop.handlers.invoicing.domain.InvoiceJob;

/**
 * Invoicing's database in maps, for tests. {@link #transaction} rolls back the rows a failing
 * handler added, as the MDB's transaction does. Open jobs come back in the order they were added,
 * so the handler's own ordering is what the tests see.
 */
class InMemoryInvoiceStore implements InvoiceStore {

  Map<String, ProcessedMessage> processed = new LinkedHashMap<>();
  Map<String, Customer> customers = new LinkedHashMap<>();
  Map<UUID, InvoiceJob> jobs = new LinkedHashMap<>();
  Map<String, Invoice> invoices = new LinkedHashMap<>();

  /** Whether the current transaction holds the invoice-run lock. */
  boolean runLocked;

  /** Open jobs read by a transaction that did not hold the invoice-run lock. */
  int unlockedReads;

  /** Mails the relay has sent, by invoice id. */
  final Map<String, Instant> sent = new LinkedHashMap<>();

  interface Work<T> {
    T run();
  }

  <T> T transaction(Work<T> work) {
    List<Map<?, ?>> before =
        List.of(
            new LinkedHashMap<>(processed),
            new LinkedHashMap<>(customers),
            new LinkedHashMap<>(jobs),
            new LinkedHashMap<>(invoices));
    try {
      return work.run();
    } catch (RuntimeException e) {
      restore(before);
      throw e;
    } finally {
      runLocked = false;
    }
  }

  @SuppressWarnings("unchecked")
  private void restore(List<Map<?, ?>> before) {
    processed = (Map<String, ProcessedMessage>) before.get(0);
    customers = (Map<String, Customer>) before.get(1);
    jobs = (Map<UUID, InvoiceJob>) before.get(2);
    invoices = (Map<String, Invoice>) before.get(3);
  }

  @Override
  public boolean handled(String messageId) {
    return processed.containsKey(messageId);
  }

  @Override
  public void add(ProcessedMessage message) {
    putNew(processed, message.messageId(), message);
  }

  @Override
  public Optional<Customer> customer(String customerId) {
    return Optional.ofNullable(customers.get(customerId));
  }

  @Override
  public void add(Customer customer) {
    putNew(customers, customer.customerId(), customer);
  }

  @Override
  public Optional<InvoiceJob> job(UUID jobId) {
    return Optional.ofNullable(jobs.get(jobId));
  }

  @Override
  public void add(InvoiceJob job) {
    putNew(jobs, job.jobId(), job);
  }

  @Override
  public void lockInvoiceRuns() {
    runLocked = true;
  }

  @Override
  public List<InvoiceJob> jobsAwaitingInvoice() {
    if (!runLocked) {
      unlockedReads++;
    }
    return jobs.values().stream()
        .filter(job -> job.customerId() != null && job.finished() && job.invoiceId() == null)
        .toList();
  }

  @Override
  public Optional<Invoice> invoice(String invoiceId) {
    return Optional.ofNullable(invoices.get(invoiceId));
  }

  @Override
  public void add(Invoice invoice) {
    putNew(invoices, invoice.invoiceId(), invoice);
  }

  @Override
  public List<Invoice> invoicesNewestFirst(int offset, int limit) {
    return invoices.values().stream()
        .sorted(
            Comparator.comparing(Invoice::createdAt).thenComparing(Invoice::invoiceId).reversed())
        .skip(offset)
        .limit(limit)
        .toList();
  }

  @Override
  public Map<String, Instant> mailsSentAt(Collection<String> invoiceIds) {
    Map<String, Instant> found = new LinkedHashMap<>();
    for (String id : new ArrayList<>(invoiceIds)) {
      if (sent.containsKey(id)) {
        found.put(id, sent.get(id));
      }
    }
    return found;
  }

  /** A second row with the same key fails, as the primary key does. */
  private static <K, V> void putNew(Map<K, V> rows, K key, V row) {
    if (rows.putIfAbsent(key, row) != null) {
      throw new IllegalStateException("duplicate key " + key);
    }
  }
}
