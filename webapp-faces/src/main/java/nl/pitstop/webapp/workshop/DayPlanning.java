package nl.pitstop.webapp.workshop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import nl.pitstop.webapp.client.WorkshopApi.MaintenanceJob;
import nl.pitstop.webapp.support.Today;

/**
 * "Workshop Management - overview": the jobs of {@code ?planningDate=} (default today) by start
 * time, with the previous, next and current day; jobs can be scheduled today and later only.
 */
@Named
@RequestScoped
public class DayPlanning {

  @Inject Workshop workshop;
  @Inject Today today;

  private String planningDate;
  private LocalDate date;
  private List<MaintenanceJob> jobs = List.of();

  /** View action. */
  public void load() {
    date = PlanningDates.parse(planningDate, today.date());
    jobs = workshop.jobsOn(date);
  }

  public String getPlanningDate() {
    return planningDate;
  }

  public void setPlanningDate(String planningDate) {
    this.planningDate = planningDate;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getShownDate() {
    return PlanningDates.SHOWN.format(date);
  }

  public LocalDate getPreviousDay() {
    return date.minusDays(1);
  }

  public LocalDate getNextDay() {
    return date.plusDays(1);
  }

  public List<MaintenanceJob> getJobs() {
    return jobs;
  }

  public boolean isSchedulable() {
    return !date.isBefore(today.date());
  }
}
