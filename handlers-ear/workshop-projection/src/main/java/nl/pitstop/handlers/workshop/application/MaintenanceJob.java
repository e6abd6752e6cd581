package nl.pitstop.handlers.workshop.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A maintenance job in the workshop read model (the original's MaintenanceJob table): planned from
 * MaintenanceJobPlanned, completed by MaintenanceJobFinished. It refers to its customer and vehicle
 * rows by key, without foreign keys, so a read model rebuilt in another order still loads.
 *
 * <p>A row can exist before its job is planned: a MaintenanceJobFinished handled before its
 * MaintenanceJobPlanned leaves a row with only the actual times and notes (no start time, so not
 * {@linkplain #isPlanned() planned}), which the Planned fills in later (see {@link
 * WorkshopProjection}). The planning columns are therefore nullable; a planned job has them all.
 */
@Entity
@Table(
    name = "maintenance_job",
    indexes = {
      @Index(name = "ix_maintenance_job_customer_id", columnList = "customer_id"),
      @Index(
          name = "ix_maintenance_job_vehicle_license_number",
          columnList = "vehicle_license_number"),
      @Index(name = "ix_maintenance_job_planning_date", columnList = "workshop_planning_date")
    })
public class MaintenanceJob {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "start_time")
  private LocalDateTime startTime;

  @Column(name = "end_time")
  private LocalDateTime endTime;

  @Column(name = "customer_id", length = 50)
  private String customerId;

  @Column(name = "vehicle_license_number", length = 20)
  private String vehicleLicenseNumber;

  @Column(name = "description", length = 1000)
  private String description;

  @Column(name = "actual_start_time")
  private LocalDateTime actualStartTime;

  @Column(name = "actual_end_time")
  private LocalDateTime actualEndTime;

  @Column(name = "notes", length = 2000)
  private String notes;

  @Column(name = "workshop_planning_date")
  private LocalDate workshopPlanningDate;

  protected MaintenanceJob() {}

  private MaintenanceJob(UUID id) {
    this.id = id.toString();
  }

  /** A planned job; its planning date is the day it starts. */
  public MaintenanceJob(
      UUID id,
      LocalDateTime startTime,
      LocalDateTime endTime,
      String customerId,
      String vehicleLicenseNumber,
      String description) {
    this(id);
    plan(startTime, endTime, customerId, vehicleLicenseNumber, description);
  }

  /**
   * A job that was finished before the read model learned that it was planned: only its actual
   * times and notes, until {@link #plan} fills in the rest.
   */
  public static MaintenanceJob finishedBeforePlanned(
      UUID id, LocalDateTime actualStartTime, LocalDateTime actualEndTime, String notes) {
    MaintenanceJob job = new MaintenanceJob(id);
    job.finish(actualStartTime, actualEndTime, notes);
    return job;
  }

  /**
   * Records the planning of the job; its planning date is the day it starts. A job finished before
   * keeps its actual times and notes.
   */
  public void plan(
      LocalDateTime startTime,
      LocalDateTime endTime,
      String customerId,
      String vehicleLicenseNumber,
      String description) {
    this.workshopPlanningDate = startTime.toLocalDate();
    this.startTime = startTime;
    this.endTime = endTime;
    this.customerId = customerId;
    this.vehicleLicenseNumber = VehicleReference.normalForm(vehicleLicenseNumber);
    this.description = description;
  }

  /** Records when the work actually started and ended, and the mechanic's notes. */
  public void finish(LocalDateTime actualStartTime, LocalDateTime actualEndTime, String notes) {
    this.actualStartTime = actualStartTime;
    this.actualEndTime = actualEndTime;
    this.notes = notes;
  }

  /** Whether the job's planning is known (a finished job's may not be yet). */
  public boolean isPlanned() {
    return startTime != null;
  }

  public UUID id() {
    return UUID.fromString(id);
  }

  public LocalDateTime startTime() {
    return startTime;
  }

  public LocalDateTime endTime() {
    return endTime;
  }

  public String customerId() {
    return customerId;
  }

  public String vehicleLicenseNumber() {
    return vehicleLicenseNumber;
  }

  public String description() {
    return description;
  }

  public LocalDateTime actualStartTime() {
    return actualStartTime;
  }

  public LocalDateTime actualEndTime() {
    return actualEndTime;
  }

  public String notes() {
    return notes;
  }

  public LocalDate workshopPlanningDate() {
    return workshopPlanningDate;
  }
}
