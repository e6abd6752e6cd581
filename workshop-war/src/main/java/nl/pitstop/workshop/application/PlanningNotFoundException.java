package nl.pitstop.workshop.application;

import java.time.LocalDate;

/** Nothing was ever planned on the day (answered 404). */
public class PlanningNotFoundException extends RuntimeException {

  public PlanningNotFoundException(LocalDate date) {
    super("No workshop planning exists for " + date + ".");
  }
}
