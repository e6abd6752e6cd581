package nl.pitstop.workshop.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Given past events, when a command, then new events or a violation: the aggregate tests' grammar.
 */
final class PlanningScenario {

  private final LocalDate date;
  private List<WorkshopPlanningEvent> history = List.of();
  private Consumer<WorkshopPlanning> command;
  private WorkshopPlanning planning;

  private PlanningScenario(LocalDate date) {
    this.date = date;
  }

  static PlanningScenario on(LocalDate date) {
    return new PlanningScenario(date);
  }

  PlanningScenario given(WorkshopPlanningEvent... events) {
    history = Arrays.asList(events);
    return this;
  }

  PlanningScenario when(Consumer<WorkshopPlanning> command) {
    this.command = command;
    return this;
  }

  /** Asserts the command raised exactly these events, and returns the planning after them. */
  WorkshopPlanning then(WorkshopPlanningEvent... expected) {
    planning = WorkshopPlanning.replay(date, history);
    command.accept(planning);
    assertEquals(List.of(expected), planning.pendingEvents());
    assertEquals(history.size(), planning.originalVersion());
    assertEquals(history.size() + expected.length, planning.version());
    return planning;
  }

  /** Asserts the command failed with this exception and message, and raised nothing. */
  <X extends RuntimeException> void thenRejected(Class<X> type, String message) {
    planning = WorkshopPlanning.replay(date, history);
    X thrown = assertThrows(type, () -> command.accept(planning));
    assertEquals(message, thrown.getMessage());
    assertTrue(planning.pendingEvents().isEmpty(), "no event raised");
    assertEquals(history.size(), planning.version());
  }
}
