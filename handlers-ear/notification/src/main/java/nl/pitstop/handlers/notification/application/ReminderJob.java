package nl.pitstop.handlers.notification.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import nl.pitstop.handlers.handling.Columns;

/**
 * A maintenance job as the notification handler knows it: when it starts, for which customer and
 * vehicle, and whether it is finished or its customer was reminded of it.
 *
 * <p>A row can exist before its job is planned: a MaintenanceJobFinished handled before its
 * MaintenanceJobPlanned leaves a finished row without planning data, which the Planned fills in
 * later (see {@link NotificationHandler}).
 *
 * <p>The version makes two transactions that change the same job conflict: when two sessions remind
 * of the same job at once (two DayHasPassed for one day), or one finishes it while the other
 * reminds, one commit fails and its message is redelivered against the committed state. A customer
 * is therefore never reminded twice of a job.
 */
@Entity
@Table(
    name = "reminder_job",
    indexes = {
      @Index(name = "ix_reminder_job_start_time", columnList = "start_time"),
      @Index(name = "ix_reminder_job_customer_id", columnList = "customer_id")
    })
@NamedQuery(
    name = "ReminderJob.due",
    query =
        "select j from ReminderJob j where j.planned = true and j.finished = false"
            + " and j.remindedAt is null and j.startTime >= :from and j.startTime < :until"
            + " order by j.customerId, j.startTime, j.jobId")
public class ReminderJob {

  static final int ID_LENGTH = 36;
  static final int LICENSE_NUMBER_LENGTH = 50;
  static final int DESCRIPTION_LENGTH = 1000;

  @Id
  @Column(name = "job_id", length = ID_LENGTH)
  private String jobId;

  @Column(name = "customer_id", length = Customer.ID_LENGTH)
  private String customerId;

  @Column(name = "license_number", length = LICENSE_NUMBER_LENGTH)
  private String licenseNumber;

  @Column(name = "start_time")
  private LocalDateTime startTime;

  @Column(name = "description", length = DESCRIPTION_LENGTH)
  private String description;

  @Column(name = "planned", nullable = false)
  private boolean planned;

  @Column(name = "finished", nullable = false)
  private boolean finished;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long version;

  protected ReminderJob() {}

  private ReminderJob(UUID jobId) {
    this.jobId = jobId.toString();
  }

  /**
   * A job as it was planned.
   *
   * @throws IllegalArgumentException when a value does not fit its column
   */
  public static ReminderJob planned(
      UUID jobId,
      String customerId,
      String licenseNumber,
      LocalDateTime startTime,
      String description) {
    ReminderJob job = new ReminderJob(jobId);
    job.plan(customerId, licenseNumber, startTime, description);
    return job;
  }

  /** A job that was finished before the notification handler learned that it was planned. */
  public static ReminderJob finishedBeforePlanned(UUID jobId) {
    ReminderJob job = new ReminderJob(jobId);
    job.finished = true;
    return job;
  }

  /**
   * Records the planning of the job; a job finished before keeps being finished.
   *
   * @throws IllegalArgumentException when a value does not fit its column
   */
  public void plan(
      String customerId, String licenseNumber, LocalDateTime startTime, String description) {
    this.customerId = Columns.fit(customerId, Customer.ID_LENGTH, "customer id of job " + jobId);
    this.licenseNumber =
        Columns.fit(licenseNumber, LICENSE_NUMBER_LENGTH, "license number of job " + jobId);
    this.startTime = startTime;
    this.description = Columns.fit(description, DESCRIPTION_LENGTH, "description of job " + jobId);
    this.planned = true;
  }

  /** The job is done: its customer needs no reminder of it. */
  public void finish() {
    finished = true;
  }

  /** The customer was reminded of the job (in the transaction that queued the mail). */
  public void remind(Instant at) {
    remindedAt = at;
  }

  /** Whether the job is planned, not finished and its customer not reminded of it yet. */
  public boolean awaitsReminder() {
    return planned && !finished && remindedAt == null;
  }

  public String jobId() {
    return jobId;
  }

  public String customerId() {
    return customerId;
  }

  public String licenseNumber() {
    return licenseNumber;
  }

  public LocalDateTime startTime() {
    return startTime;
  }

  public String description() {
    return description;
  }

  public boolean isPlanned() {
    return planned;
  }

  public boolean isFinished() {
    return finished;
  }

  /**
   * @return when the customer was reminded of the job, or null
   */
  public Instant remindedAt() {
    return remindedAt;
  }
}
