package nl.pitstop.vehicle.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VehicleTest {

  static final LicenseNumber PLATE = new LicenseNumber("ab-12-cd");

  @Test
  void keepsItsValuesStrippedAndItsLicenseNumberInNormalForm() {
    Vehicle vehicle = new Vehicle(PLATE, " Volkswagen ", " Tiguan ", " c1 ");

    assertEquals("AB-12-CD", vehicle.licenseNumber());
    assertEquals("Volkswagen", vehicle.brand());
    assertEquals("Tiguan", vehicle.type());
    assertEquals("c1", vehicle.ownerId());
  }

  @Test
  void requiresEveryValue() {
    assertThrows(NullPointerException.class, () -> new Vehicle(null, "B", "T", "O"));
    assertThrows(NullPointerException.class, () -> new Vehicle(PLATE, null, "T", "O"));
    assertThrows(IllegalArgumentException.class, () -> new Vehicle(PLATE, "B", " ", "O"));
    assertThrows(IllegalArgumentException.class, () -> new Vehicle(PLATE, "B", "T", ""));
  }
}
