package nl.pitstop.handlers.notification.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A maintenance job as the notification handler knows it: when it starts, for which customer and
 * vehicle, and whether it is finished or its customer was reminded of it.
 *
 * <p>A row can exist before its job is planned: a MaintenanceJobFinished handled before its
 * MaintenanceJobPlanned leaves a finished row without planning data, which the Planned fills in
 * later.
 *
 * <p>The version makes two transactions that change the same job conflict: when two sessions remind
 * of the same job at once (two DayHasPassed for one day), or one finishes it while the other
 * reminds, one commit fails and its message is redelivered against the committed state. A customer
 * is therefore never reminded twice of a job.
 */
public class ReminderJob {

  private String jobId;
  private String customerId; // null until planned
  private String licenseNumber;
  private LocalDateTime startTime;
  private String description;
  private boolean planned;
  private boolean finished;
  private Instant remindedAt; // null until reminded
  private long version; // the optimistic lock of the row (orm.xml)

  /** For the persistence provider only. */
  protected ReminderJob() {}

  private ReminderJob(UUID jobId) {
    this.jobId = jobId.toString();
  }

  /** A job as it was planned. */
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

  /** Records the planning of the job; a job finished before keeps being finished. */
  public void plan(
      String customerId, String licenseNumber, LocalDateTime startTime, String description) {
    this.customerId = customerId;
    this.licenseNumber = licenseNumber;
    this.startTime = startTime;
    this.description = description;
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
