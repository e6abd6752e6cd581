package nl.pitstop.workshop.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  static Timeslot slot(int from, int to) {
    return new Timeslot(TODAY.atTime(from, 0), TODAY.atTime(to, 0));
  }

  @ParameterizedTest(name = "{0}-{1} vs {2}-{3} overlap: {4}")
  @CsvSource({
    "8, 12, 10, 14, true", // partial overlap left
    "10, 14, 8, 12, true", // partial overlap right
    "9, 12, 10, 11, true", // second within first
    "10, 11, 9, 12, true", // first within second
    "8, 10, 8, 10, true", // identical
    "8, 10, 12, 14, false", // apart
    "8, 10, 10, 12, false", // touching
    "10, 12, 8, 10, false" // touching, the other way round
  })
  void overlap(int from, int to, int otherFrom, int otherTo, boolean overlaps) {
    assertEquals(overlaps, slot(from, to).overlapsWith(slot(otherFrom, otherTo)));
    assertEquals(overlaps, slot(otherFrom, otherTo).overlapsWith(slot(from, to)));
  }

  @Test
  void overlapWithStartAndEnd() {
    assertTrue(slot(9, 12).overlapsWith(TODAY.atTime(10, 0), TODAY.atTime(11, 0)));
  }

  @Test
  void aTimeslotStartsBeforeItEnds() {
    LocalDateTime start = TODAY.atTime(10, 0);
    InvalidValueException thrown =
        assertThrows(InvalidValueException.class, () -> new Timeslot(start, start.minusHours(2)));
    assertEquals(
        "The specified start-time may not be after the specified end-time.", thrown.getMessage());
    assertThrows(InvalidValueException.class, () -> new Timeslot(start, start));
  }

  @Test
  void withinOneDay() {
    assertTrue(slot(8, 12).isWithinOneDay());
    assertFalse(new Timeslot(TODAY.atTime(22, 0), TODAY.plusDays(1).atTime(1, 0)).isWithinOneDay());
  }

  @ParameterizedTest
  @ValueSource(strings = {"AB-12-CD", "12-ABC-3", "1-2-3", "ab-123-c", "99-AA-99", "A-999-AA"})
  void wellFormedLicenseNumbers(String value) {
    assertEquals(value.toUpperCase(java.util.Locale.ROOT), new LicenseNumber(value).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456", "ABCD-1-2", "A1-2-3", "AB-12", "AB-12-CD-1", "", " AB-12-CD"})
  void malformedLicenseNumbers(String value) {
    InvalidValueException thrown =
        assertThrows(InvalidValueException.class, () -> new LicenseNumber(value));
    assertEquals(
        "The specified license-number '" + value + "' is not in the correct format.",
        thrown.getMessage());
  }

  @Test
  void valueObjectsAreEqualByValue() {
    assertEquals(new LicenseNumber("AB-12-CD"), new LicenseNumber("AB-12-CD"));
    assertEquals(new LicenseNumber("AB-12-CD"), new LicenseNumber("ab-12-cd"));
    assertNotEquals(new LicenseNumber("AB-12-CD"), new LicenseNumber("AB-12-CE"));
    assertEquals(slot(8, 10), slot(8, 10));
    assertEquals(slot(8, 10).hashCode(), slot(8, 10).hashCode());
    assertNotEquals(slot(8, 10), slot(8, 11));
  }

  @Test
  void aJobIsPlannedThenCompleted() {
    Customer customer = new Customer("c1", "Jan", "+31612345678");
    Vehicle vehicle = new Vehicle(new LicenseNumber("AB-12-CD"), "Toyota", "Corolla", "c1");
    MaintenanceJob job =
        MaintenanceJob.plan(UUID.randomUUID(), slot(8, 10), customer, vehicle, "APK");

    assertEquals("Planned", job.status());
    MaintenanceJob done =
        job.finish(new Timeslot(TODAY.atTime(8, 30), TODAY.atTime(10, 15)), "Done");
    assertEquals("Completed", done.status());
    assertEquals(job.plannedTimeslot(), done.plannedTimeslot());
    assertEquals("Done", done.notes());
    assertEquals("Planned", job.status(), "finishing yields a new job");
  }
}
