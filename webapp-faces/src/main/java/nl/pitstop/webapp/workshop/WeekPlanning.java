package nl.pitstop.webapp.workshop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.pitstop.webapp.client.WorkshopApi.MaintenanceJob;
import nl.pitstop.webapp.support.Today;

/** The week view: Monday to Sunday of the week of {@code ?weekOf=} (default this week). */
@Named
@RequestScoped
public class WeekPlanning {

  @Inject Workshop workshop;
  @Inject Today today;

  private String weekOf;
  private LocalDate monday;
  private List<Day> days = List.of();

  /** One day of the week and its jobs by start time. */
  public record Day(LocalDate date, boolean today, List<MaintenanceJob> jobs) {

    public String getName() {
      return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    public String getShownDate() {
      return PlanningDates.SHOWN.format(date);
    }
  }

  /** View action. */
  public void load() {
    LocalDate now = today.date();
    monday = PlanningDates.parse(weekOf, now).with(DayOfWeek.MONDAY);
    days =
        Stream.iterate(monday, d -> d.plusDays(1))
            .limit(7)
            .map(d -> new Day(d, d.equals(now), workshop.jobsOn(d)))
            .toList();
  }

  public String getWeekOf() {
    return weekOf;
  }

  public void setWeekOf(String weekOf) {
    this.weekOf = weekOf;
  }

  public List<Day> getDays() {
    return days;
  }

  public int getWeekNumber() {
    return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  public String getShownRange() {
    return PlanningDates.SHOWN.format(monday)
        + " – "
        + PlanningDates.SHOWN.format(monday.plusDays(6));
  }

  public LocalDate getPreviousWeek() {
    return monday.minusWeeks(1);
  }

  public LocalDate getNextWeek() {
    return monday.plusWeeks(1);
  }

  public int getJobCount() {
    return days.stream().mapToInt(d -> d.jobs().size()).sum();
  }
}
