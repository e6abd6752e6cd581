package nl.pitstop.handlers.invoicing.application;

import static nl.pitstop.handlers.handling.Columns.fit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;
import nl.pitstop.messages.MaintenanceJobPlanned;

/**
 * A maintenance job as invoicing knows it (the original's MaintenanceJob table): planned, then
 * finished with its actual times, then invoiced once. The version makes two transactions that
 * invoice the same job at once fail one of them at commit, so a job is never invoiced twice.
 *
 * <p>A row can exist before its job is planned: a MaintenanceJobFinished handled before its
 * MaintenanceJobPlanned leaves a finished row with the actual times but without customer, vehicle
 * and description, which the Planned fills in later (see {@link Invoicing}). Such a job is not
 * {@linkplain #planned() planned} and {@linkplain #awaitsInvoice() awaits no invoice} until then; a
 * planned job always has a customer id, so that column tells the two apart.
 */
@Entity
@Table(
    name = "invoice_job",
    indexes = {
      @Index(name = "ix_invoice_job_open", columnList = "finished,invoice_id"),
      @Index(name = "ix_invoice_job_customer_id", columnList = "customer_id")
    })
public class InvoiceJob {

  @Id
  @Column(name = "job_id", length = 36)
  private String jobId;

  @Column(name = "customer_id", length = ColumnLengths.CUSTOMER_ID)
  private String customerId;

  @Column(name = "license_number", length = ColumnLengths.LICENSE_NUMBER)
  private String licenseNumber;

  @Column(name = "description", length = ColumnLengths.DESCRIPTION)
  private String description;

  @Column(name = "start_time")
  private LocalDateTime startTime;

  @Column(name = "end_time")
  private LocalDateTime endTime;

  @Column(name = "finished", nullable = false)
  private boolean finished;

  @Column(name = "invoice_id", length = Invoice.ID_LENGTH)
  private String invoiceId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected InvoiceJob() {}

  private InvoiceJob(UUID jobId) {
    this.jobId = Objects.requireNonNull(jobId, "jobId").toString();
  }

  /** A planned job: not finished, not invoiced, without actual times. */
  public InvoiceJob(UUID jobId, String customerId, String licenseNumber, String description) {
    this(jobId);
    plan(customerId, licenseNumber, description);
  }

  /** The job of a planning (the original's MaintenanceJob.CreateFrom). */
  public static InvoiceJob from(MaintenanceJobPlanned event) {
    return new InvoiceJob(
        event.jobId(),
        event.customerInfo().id(),
        event.vehicleInfo().licenseNumber(),
        event.description());
  }

  /**
   * A job that was finished, from start to end, before invoicing learned that it was planned.
   *
   * @throws IllegalArgumentException when the end is before the start
   */
  public static InvoiceJob finishedBeforePlanned(
      UUID jobId, LocalDateTime actualStart, LocalDateTime actualEnd) {
    InvoiceJob job = new InvoiceJob(jobId);
    job.finish(actualStart, actualEnd);
    return job;
  }

  /**
   * Records the planning of the job; a job finished before keeps its actual times.
   *
   * @throws IllegalArgumentException when a value does not fit its column
   */
  public void plan(String customerId, String licenseNumber, String description) {
    String checkedCustomerId =
        fit(
            Objects.requireNonNull(customerId, "customerId"),
            ColumnLengths.CUSTOMER_ID,
            "customer id of job " + jobId);
    String checkedLicenseNumber =
        fit(
            Objects.requireNonNull(licenseNumber, "licenseNumber"),
            ColumnLengths.LICENSE_NUMBER,
            "license number of job " + jobId);
    String checkedDescription =
        fit(
            Objects.requireNonNull(description, "description"),
            ColumnLengths.DESCRIPTION,
            "description of job " + jobId);
    this.customerId = checkedCustomerId;
    this.licenseNumber = checkedLicenseNumber;
    this.description = checkedDescription;
  }

  /**
   * Records that the work was done, from start to end.
   *
   * @throws IllegalArgumentException when the end is before the start
   */
  public void finish(LocalDateTime actualStart, LocalDateTime actualEnd) {
    JobCharge.of(actualStart, actualEnd);
    this.startTime = actualStart;
    this.endTime = actualEnd;
    this.finished = true;
  }

  /** Whether the job is planned, finished and on no invoice yet. */
  public boolean awaitsInvoice() {
    return planned() && finished && invoiceId == null;
  }

  /** Records that the job is on this invoice. */
  void invoicedOn(String invoiceId) {
    if (!awaitsInvoice()) {
      throw new IllegalStateException(
          "Job "
              + jobId
              + " cannot be invoiced (planned "
              + planned()
              + ", finished "
              + finished
              + ", invoice "
              + this.invoiceId
              + ").");
    }
    this.invoiceId = invoiceId;
  }

  /**
   * What the job costs.
   *
   * @throws IllegalStateException when it is not finished
   */
  public JobCharge charge() {
    if (!finished) {
      throw new IllegalStateException("Job " + jobId + " is not finished.");
    }
    return JobCharge.of(startTime, endTime);
  }

  /**
   * The job's line on an invoice, as plain text: {@code {end dd-MM-yyyy} : {description} on vehicle
   * with license {license} - Duration: {hours} hour - Amount: € {amount}}. Line breaks in the
   * description become spaces.
   */
  public String specificationLine() {
    JobCharge charge = charge();
    return InvoiceFormats.DAY.format(endTime)
        + " : "
        + description.replaceAll("\\R+", " ")
        + " on vehicle with license "
        + licenseNumber
        + " - Duration: "
        + charge.hoursText()
        + " hour - Amount: "
        + InvoiceFormats.euros(charge.amount());
  }

  public UUID jobId() {
    return UUID.fromString(jobId);
  }

  /** Whether invoicing knows the job's planning (a finished job's may not be known yet). */
  public boolean planned() {
    return customerId != null;
  }

  /** The customer; null until planned. */
  public String customerId() {
    return customerId;
  }

  /** The vehicle's license number; null until planned. */
  public String licenseNumber() {
    return licenseNumber;
  }

  /** The description of the work; null until planned. */
  public String description() {
    return description;
  }

  /** When the work actually started; null until finished. */
  public LocalDateTime startTime() {
    return startTime;
  }

  /** When the work actually ended; null until finished. */
  public LocalDateTime endTime() {
    return endTime;
  }

  public boolean finished() {
    return finished;
  }

  /** The invoice the job is on; null until invoiced. */
  public String invoiceId() {
    return invoiceId;
  }
}
