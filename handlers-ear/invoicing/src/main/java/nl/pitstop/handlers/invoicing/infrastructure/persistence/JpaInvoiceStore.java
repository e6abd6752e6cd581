package nl.pitstop.handlers.invoicing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.pitstop.handlers.handling.JpaProcessedMessages;
import nl.pitstop.handlers.handling.ProcessedMessage;
import nl.pitstop.handlers.invoicing.application.InvoiceStore;
import nl.pitstop.handlers.invoicing.domain.Customer;
import nl.pitstop.handlers.invoicing.domain.Invoice;
import nl.pitstop.handlers.invoicing.domain.InvoiceJob;

/**
 * Invoicing's database. Rows are inserted at commit; two sessions adding the same row at once make
 * one commit fail on the primary key (so do a job's Planned and Finished handled at once, both
 * adding the job); either message is redelivered and then finds the other's work. Invoice runs take
 * turns on a row lock ({@link #lockInvoiceRuns()}). A job without a customer id is one whose
 * Finished came before its Planned: it awaits no invoice yet.
 */
@ApplicationScoped
public class JpaInvoiceStore implements InvoiceStore {

  @PersistenceContext(unitName = "invoicing")
  EntityManager entityManager;

  @Override
  public boolean handled(String messageId) {
    return new JpaProcessedMessages(entityManager).handled(messageId);
  }

  @Override
  public void add(ProcessedMessage message) {
    new JpaProcessedMessages(entityManager).add(message);
  }

  @Override
  public Optional<Customer> customer(String customerId) {
    return Optional.ofNullable(entityManager.find(Customer.class, customerId));
  }

  @Override
  public void add(Customer customer) {
    entityManager.persist(customer);
  }

  @Override
  public Optional<InvoiceJob> job(UUID jobId) {
    return Optional.ofNullable(entityManager.find(InvoiceJob.class, jobId.toString()));
  }

  @Override
  public void add(InvoiceJob job) {
    entityManager.persist(job);
  }

  /**
   * Locks the row of {@code invoice_run_lock} until the transaction ends. The very first run makes
   * the row, which its insert locks; should two first runs meet, one fails on the key and its
   * message is redelivered, once in the database's life.
   */
  @Override
  public void lockInvoiceRuns() {
    if (entityManager.find(InvoiceRunLock.class, InvoiceRunLock.ID, LockModeType.PESSIMISTIC_WRITE)
        == null) {
      entityManager.persist(new InvoiceRunLock());
      entityManager.flush();
    }
  }

  @Override
  public List<InvoiceJob> jobsAwaitingInvoice() {
    return entityManager
        .createQuery(
            "select j from InvoiceJob j where j.finished = true and j.invoiceId is null"
                + " and j.customerId is not null",
            InvoiceJob.class)
        .getResultList();
  }

  @Override
  public Optional<Invoice> invoice(String invoiceId) {
    return Optional.ofNullable(entityManager.find(Invoice.class, invoiceId));
  }

  @Override
  public void add(Invoice invoice) {
    entityManager.persist(invoice);
  }

  @Override
  public List<Invoice> invoicesNewestFirst(int offset, int limit) {
    return entityManager
        .createQuery(
            "select i from Invoice i order by i.createdAt desc, i.invoiceId desc", Invoice.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /** From the mail outbox, whose mails carry the invoice id as their reference. */
  @Override
  public Map<String, Instant> mailsSentAt(Collection<String> invoiceIds) {
    if (invoiceIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        entityManager
            .createQuery(
                "select m.reference, m.sentAt from OutgoingMail m"
                    + " where m.reference in :ids and m.sentAt is not null",
                Object[].class)
            .setParameter("ids", List.copyOf(invoiceIds))
            .getResultList();
    Map<String, Instant> sentAt = new HashMap<>();
    for (Object[] row : rows) {
      sentAt.merge((String) row[0], (Instant) row[1], (a, b) -> a.isBefore(b) ? a : b);
    }
    return sentAt;
  }
}
