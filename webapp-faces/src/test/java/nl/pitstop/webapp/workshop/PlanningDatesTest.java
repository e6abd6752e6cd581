package nl.pitstop.webapp.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.UUID;
import nl.pitstop.webapp.client.ApiException;
import org.junit.jupiter.api.Test;

class PlanningDatesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  void noDateIsToday() {
    assertEquals(TODAY, PlanningDates.parse(null, TODAY));
    assertEquals(TODAY, PlanningDates.parse(" ", TODAY));
    assertEquals(LocalDate.of(2026, 12, 1), PlanningDates.parse("2026-12-01", TODAY));
  }

  @Test
  void notADateOrJobIsNotFound() {
    assertThrows(ApiException.NotFound.class, () -> PlanningDates.parse("01-12-2026", TODAY));
    assertThrows(ApiException.NotFound.class, () -> PlanningDates.jobId("42"));
    UUID id = UUID.randomUUID();
    assertEquals(id, PlanningDates.jobId(id.toString()));
  }

  @Test
  void datesAreShownAsTheOriginalShowedThem() {
    assertEquals("01-12-2026", PlanningDates.SHOWN.format(LocalDate.of(2026, 12, 1)));
  }
}
