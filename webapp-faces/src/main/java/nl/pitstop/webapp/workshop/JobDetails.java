package nl.pitstop.webapp.workshop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import nl.pitstop.webapp.client.WorkshopApi.MaintenanceJob;
import nl.pitstop.webapp.support.Today;

/** "Workshop Management - details" of {@code ?planningDate=&jobId=}. */
@Named
@RequestScoped
public class JobDetails {

  @Inject Workshop workshop;
  @Inject Today today;

  private String planningDate;
  private String jobId;
  private LocalDate date;
  private MaintenanceJob job;

  /** View action: an unknown job shows the not-found page. */
  public void load() {
    date = PlanningDates.parse(planningDate, today.date());
    job = workshop.job(date, PlanningDates.jobId(jobId));
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

  public LocalDate getDate() {
    return date;
  }

  public String getShownDate() {
    return PlanningDates.SHOWN.format(date);
  }

  public MaintenanceJob getJob() {
    return job;
  }

  /** The original's status: Completed once there is an actual end time. */
  public String getStatus() {
    return job.completed() ? "Completed" : "Planned";
  }
}
