package nl.pitstop.webapp.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoyaltyLevelsTest {

  @Test
  void theApisLevelsHaveTheirNames() {
    assertEquals(
        List.of("Bronze", "Silver", "Gold"),
        List.of(LoyaltyLevels.name(1), LoyaltyLevels.name(2), LoyaltyLevels.name(3)));
  }

  @Test
  void theBadgeShowsNameAndNumber() {
    assertEquals("Bronze (1)", LoyaltyLevels.label(1));
    assertEquals("Silver (2)", LoyaltyLevels.label(2));
    assertEquals("Gold (3)", LoyaltyLevels.label(3));
  }

  @Test
  void anUnknownLevelIsShownAsItsNumberOnly() {
    assertNull(LoyaltyLevels.name(4));
    assertEquals("4", LoyaltyLevels.label(4));
    assertEquals("0", LoyaltyLevels.label(0));
    assertEquals("-1", LoyaltyLevels.label(-1));
    assertEquals("loyalty", LoyaltyLevels.styleClass(4));
  }

  @Test
  void noLevelHasNoLabel() {
    assertNull(LoyaltyLevels.name(null));
    assertNull(LoyaltyLevels.label(null));
    assertEquals("loyalty", LoyaltyLevels.styleClass(null));
  }

  @Test
  void eachNamedLevelHasItsColourClass() {
    assertEquals("loyalty loyalty-bronze", LoyaltyLevels.styleClass(1));
    assertEquals("loyalty loyalty-silver", LoyaltyLevels.styleClass(2));
    assertEquals("loyalty loyalty-gold", LoyaltyLevels.styleClass(3));
  }
}
