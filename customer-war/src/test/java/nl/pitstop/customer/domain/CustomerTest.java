package nl.pitstop.customer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CustomerTest {

  @Test
  void keepsItsValuesStripped() {
    Customer customer = new Customer(" c ", " N ", " A ", " P ", " C ", " T ", " e@x.nl ");

    assertEquals("c", customer.customerId());
    assertEquals("N", customer.name());
    assertEquals("e@x.nl", customer.emailAddress());
  }

  @Test
  void requiresEveryValue() {
    assertThrows(
        NullPointerException.class, () -> new Customer("c", null, "A", "P", "C", "T", "E"));
    assertThrows(
        IllegalArgumentException.class, () -> new Customer("c", "N", " ", "P", "C", "T", "E"));
  }

  @Test
  void itsLoyaltyLevelComesFromItsCity() {
    assertEquals(
        LoyaltyLevel.GOLD,
        new Customer("c", "N", "A", "P", " AMSTERDAM ", "T", "E").loyaltyLevel());
    assertEquals(
        LoyaltyLevel.SILVER, new Customer("c", "N", "A", "P", "Den Haag", "T", "E").loyaltyLevel());
    assertEquals(
        LoyaltyLevel.BRONZE,
        new Customer("c", "N", "A", "P", "Rotterdam", "T", "E").loyaltyLevel());
  }
}
