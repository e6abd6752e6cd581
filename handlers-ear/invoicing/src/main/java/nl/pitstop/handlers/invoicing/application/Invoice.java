package nl.pitstop.handlers.invoicing.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An invoice sent to a customer: the original's Invoice table, plus the customer's name and address
 * as they were when invoicing and the exact HTML of the e-mail that went to the printing company.
 * Its amount has no upper bound (the original's decimal(5,2) stopped at 999.99).
 */
@Entity
@Table(
    name = "invoice",
    indexes = {
      @Index(name = "ix_invoice_created_at", columnList = "created_at"),
      @Index(name = "ix_invoice_customer_id", columnList = "customer_id")
    })
public class Invoice {

  static final int ID_LENGTH = 50;

  /** Days after the invoice date within which it is to be paid. */
  public static final int PAYMENT_TERM_DAYS = 30;

  private static final String JOB_ID_SEPARATOR = "|";
  private static final String LINE_SEPARATOR = "\n";

  @Id
  @Column(name = "invoice_id", length = ID_LENGTH)
  private String invoiceId;

  @Column(name = "invoice_date", nullable = false)
  private LocalDate invoiceDate;

  @Column(name = "customer_id", nullable = false, length = ColumnLengths.CUSTOMER_ID)
  private String customerId;

  @Column(name = "customer_name", nullable = false, length = ColumnLengths.NAME)
  private String customerName;

  @Column(name = "customer_address", length = ColumnLengths.ADDRESS)
  private String customerAddress;

  @Column(name = "customer_postal_code", length = ColumnLengths.POSTAL_CODE)
  private String customerPostalCode;

  @Column(name = "customer_city", length = ColumnLengths.CITY)
  private String customerCity;

  @Column(name = "amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Lob
  @Column(name = "job_ids", nullable = false)
  private String jobIds;

  @Lob
  @Column(name = "specification", nullable = false)
  private String specification;

  @Lob
  @Column(name = "html", nullable = false)
  private String html;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Invoice() {}

  /**
   * The invoice of these finished jobs of the customer, with its e-mail body.
   *
   * @param invoiceTime when it is invoiced, on the server's clock; its date is the invoice date
   * @param jobs in the order the invoice lists them
   */
  static Invoice issue(
      String invoiceId,
      LocalDateTime invoiceTime,
      Instant createdAt,
      Customer customer,
      List<InvoiceJob> jobs) {
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
    invoice.html = InvoiceDocument.html(invoice);
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
