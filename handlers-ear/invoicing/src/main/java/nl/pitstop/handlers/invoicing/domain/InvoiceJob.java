package nl.pitstop.handlers.invoicing.domain;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A maintenance job as invoicing knows it (the original's MaintenanceJob table): planned, then
 * finished with its actual times, then invoiced once. The version makes two transactions that
 * invoice the same job at once fail one of them at commit, so a job is never invoiced twice.
 *
 * <p>A row can exist before its job is planned: a MaintenanceJobFinished handled before its
 * MaintenanceJobPlanned leaves a finished row with the actual times but without customer, vehicle
 * and description, which the Planned fills in later. Such a job is not {@linkplain #planned()
 * planned} and {@linkplain #awaitsInvoice() awaits no invoice} until then; a planned job always has
 * a customer id, so that column tells the two apart.
 */
public class InvoiceJob {

  private String jobId;
  private String customerId; // null until planned
  private String licenseNumber;
  private String description;
  private LocalDateTime startTime; // null until finished
  private LocalDateTime endTime;
  private boolean finished;
  private String invoiceId; // null until invoiced
  private long version; // the optimistic lock of the row (orm.xml)

  /** For the persistence provider only. */
  protected InvoiceJob() {}

  private InvoiceJob(UUID jobId) {
    this.jobId = Objects.requireNonNull(jobId, "jobId").toString();
  }

  /** A planned job: not finished, not invoiced, without actual times. */
  public InvoiceJob(UUID jobId, String customerId, String licenseNumber, String description) {
    this(jobId);
    plan(customerId, licenseNumber, description);
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

  /** Records the planning of the job; a job finished before keeps its actual times. */
  public void plan(String customerId, String licenseNumber, String description) {
    this.customerId = Objects.requireNonNull(customerId, "customerId");
    this.licenseNumber = Objects.requireNonNull(licenseNumber, "licenseNumber");
    this.description = Objects.requireNonNull(description, "description");
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
