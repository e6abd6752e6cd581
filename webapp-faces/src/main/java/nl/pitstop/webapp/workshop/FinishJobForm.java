package nl.pitstop.webapp.workshop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import nl.pitstop.webapp.client.ApiException;
import nl.pitstop.webapp.client.WorkshopApi.FinishMaintenanceJob;
import nl.pitstop.webapp.client.WorkshopApi.MaintenanceJob;
import nl.pitstop.webapp.support.Messages;
import nl.pitstop.webapp.support.Module;
import nl.pitstop.webapp.support.Today;

/**
 * "Workshop Management - finish maintenance job": the actual times (the planned ones to start with)
 * and the mechanic's notes. Finishing a finished job is refused by the API and said on the form.
 */
@Named
@ViewScoped
public class FinishJobForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> INPUTS =
      Map.of("startTime", "ActualStartTime", "endTime", "ActualEndTime", "notes", "Notes");

  @Inject Workshop workshop;
  @Inject Today today;

  private String planningDate;
  private String jobId;
  private LocalDate date;
  private UUID id;
  private MaintenanceJob job;
  private LocalTime actualStartTime;
  private LocalTime actualEndTime;
  private String notes;

  /** View action (first request only). */
  public void load() {
    date = PlanningDates.parse(planningDate, today.date());
    id = PlanningDates.jobId(jobId);
    job = workshop.job(date, id);
    actualStartTime = job.startTime().toLocalTime();
    actualEndTime = job.endTime().toLocalTime();
  }

  /** Finishes the job and shows its details; a refusal is shown on the form, the input kept. */
  public String complete() {
    if (!actualEndTime.isAfter(actualStartTime)) {
      Messages.fieldError("ActualEndTime", "Completed at must be later than Started at.");
      return null;
    }
    try {
      workshop.finish(
          date,
          id,
          new FinishMaintenanceJob(
              date.atTime(actualStartTime), date.atTime(actualEndTime), notes));
    } catch (ApiException.Rejected rejected) {
      Messages.rejected("Unable to complete: ", rejected, INPUTS);
      return null;
    } catch (RuntimeException failure) {
      Messages.offline("Unable to complete: ", Module.WORKSHOP, failure);
      return null;
    }
    return "/workshop/job.xhtml?faces-redirect=true&planningDate=" + date + "&jobId=" + id;
  }

  public String getPlanningDate() {
    return planningDate;
  }

  public void setPlanningDate(String planningDate) {
    this.planningDate = planningDate;
  }

  public String getJobId() {
    return jobId;
  }

  public void setJobId(String jobId) {
    this.jobId = jobId;
  }

  public MaintenanceJob getJob() {
    return job;
  }

  public LocalDate getDate() {
    return date;
  }

  public LocalTime getActualStartTime() {
    return actualStartTime;
  }

  public void setActualStartTime(LocalTime actualStartTime) {
    this.actualStartTime = actualStartTime;
  }

  public LocalTime getActualEndTime() {
    return actualEndTime;
  }

  public void setActualEndTime(LocalTime actualEndTime) {
    this.actualEndTime = actualEndTime;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
