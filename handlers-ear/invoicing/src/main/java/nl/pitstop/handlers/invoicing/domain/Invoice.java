package nl.pitstop.handlers.invoicing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An invoice sent to a customer: the original's Invoice table, plus the customer's name and address
 * as they were when invoicing and the exact HTML of the e-mail that went to the printing company.
 * Its amount has no upper bound (the original's decimal(5,2) stopped at 999.99).
 */
public class Invoice {

  /** Days after the invoice date within which it is to be paid. */
  public static final int PAYMENT_TERM_DAYS = 30;

  private static final String JOB_ID_SEPARATOR = "|";
  private static final String LINE_SEPARATOR = "\n";

  private String invoiceId;
  private LocalDate invoiceDate;
  private String customerId;
  private String customerName;
  private String customerAddress;
  private String customerPostalCode;
  private String customerCity;
  private BigDecimal amount;
  private String jobIds;
  private String specification;
  private String html;
  private Instant createdAt;

  /** For the persistence provider only. */
  protected Invoice() {}

  /**
   * The invoice of these finished jobs of the customer, with its e-mail body; the jobs are on it
   * from then on.
   *
   * @param invoiceTime when it is invoiced, on the server's clock; its date is the invoice date
   * @param jobs in the order the invoice lists them; each {@linkplain InvoiceJob#awaitsInvoice()
   *     awaits an invoice}
   * @param document the HTML body of the invoice's e-mail, made from the invoice
   * @throws IllegalArgumentException when there is no job
   * @throws IllegalStateException when a job awaits no invoice
   */
  public static Invoice issue(
      String invoiceId,
      LocalDateTime invoiceTime,
      Instant createdAt,
      Customer customer,
      List<InvoiceJob> jobs,
      Function<Invoice, String> document) {
    if (jobs.isEmpty()) {
      throw new IllegalArgumentException("An invoice needs at least one job.");
    }
    Invoice invoice = new Invoice();
    invoice.invoiceId = invoiceId;
    invoice.invoiceDate = invoiceTime.toLocalDate();
    invoice.createdAt = createdAt;
    invoice.customerId = customer.customerId();
    invoice.customerName = customer.name();
    invoice.customerAddress = customer.address();
    invoice.customerPostalCode = customer.postalCode();
    invoice.customerCity = customer.city();
    invoice.amount = JobCharge.total(jobs.stream().map(InvoiceJob::charge).toList());
    invoice.jobIds =
        jobs.stream()
            .map(job -> job.jobId().toString())
            .collect(Collectors.joining(JOB_ID_SEPARATOR));
    invoice.specification =
        jobs.stream()
            .map(InvoiceJob::specificationLine)
            .collect(Collectors.joining(LINE_SEPARATOR));
    invoice.html = document.apply(invoice);
    jobs.forEach(job -> job.invoicedOn(invoiceId));
    return invoice;
  }

  public String invoiceId() {
    return invoiceId;
  }

  public LocalDate invoiceDate() {
    return invoiceDate;
  }

  /** The invoice date plus the payment term. */
  public LocalDate paymentDueDate() {
    return invoiceDate.plusDays(PAYMENT_TERM_DAYS);
  }

  public String customerId() {
    return customerId;
  }

  public String customerName() {
    return customerName;
  }

  public String customerAddress() {
    return customerAddress;
  }

  public String customerPostalCode() {
    return customerPostalCode;
  }

  public String customerCity() {
    return customerCity;
  }

  /** The total in euros, with two decimals. */
  public BigDecimal amount() {
    return amount;
  }

  /** The invoiced jobs' ids joined with {@code |}, in the invoice's order (as the original). */
  public String jobIdsText() {
    return jobIds;
  }

  /** The invoiced jobs' ids, in the invoice's order. */
  public List<String> jobIds() {
    return List.of(jobIds.split("\\|"));
  }

  /** One plain-text line per job, in the invoice's order. */
  public List<String> specificationLines() {
    return List.of(specification.split(LINE_SEPARATOR));
  }

  /** The HTML body of the e-mail as it was sent. */
  public String html() {
    return html;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
