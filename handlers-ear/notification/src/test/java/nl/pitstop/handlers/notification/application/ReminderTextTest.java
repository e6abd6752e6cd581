package nl.pitstop.handlers.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import nl.pitstop.handlers.notification.domain.ReminderJob;
import org.junit.jupiter.api.Test;

class ReminderTextTest {

  static ReminderJob job(LocalDateTime start, String licenseNumber, String description) {
    return ReminderJob.planned(UUID.randomUUID(), "c1", licenseNumber, start, description);
  }

  @Test
  void oneJobIsTheOriginalsTextWordForWord() {
    String body =
        ReminderText.body(
            "Jan Jansen",
            List.of(job(LocalDateTime.of(2026, 3, 4, 9, 7), "AB-12-CD", "Replace brake pads")));

    assertEquals(
        "Dear Jan Jansen,\n\n"
            + "We would like to remind you that you have an appointment with us for maintenance"
            + " on your vehicle(s):\n\n"
            + "- 04-03-2026 at 09:07 : Replace brake pads on vehicle with license-number AB-12-CD\n"
            + "\nPlease make sure you're present at least 10 minutes before the (first) job is"
            + " planned.\n"
            + "Once arrived, you can notify your arrival at our front-desk.\n\n"
            + "Greetings,\n\n"
            + "The PitStop crew\n",
        body);
  }

  @Test
  void jobsAreListedOnePerLineInTheOrderGivenOnA24HourClock() {
    String body =
        ReminderText.body(
            "Piet",
            List.of(
                job(LocalDateTime.of(2026, 12, 31, 17, 45), "XY-99-Z", "Tyres"),
                job(LocalDateTime.of(2026, 12, 31, 8, 0), "AB-12-CD", "Oil")));

    assertEquals(
        List.of(
            "- 31-12-2026 at 17:45 : Tyres on vehicle with license-number XY-99-Z",
            "- 31-12-2026 at 08:00 : Oil on vehicle with license-number AB-12-CD"),
        body.lines().filter(line -> line.startsWith("- ")).toList());
  }

  @Test
  void namesAndDescriptionsGoInAsTheyAreInPlainText() {
    String body =
        ReminderText.body(
            "<b>Jürgen & Zoë</b>",
            List.of(
                job(LocalDateTime.of(2026, 1, 2, 10, 0), "AB-12-CD", "Check \"noise\" <rear>")));

    assertEquals("Dear <b>Jürgen & Zoë</b>,", body.lines().findFirst().orElseThrow());
    assertEquals(
        "- 02-01-2026 at 10:00 : Check \"noise\" <rear> on vehicle with license-number AB-12-CD",
        body.lines().filter(line -> line.startsWith("- ")).findFirst().orElseThrow());
  }
}
