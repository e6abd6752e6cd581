package nl.pitstop.handlers.invoicing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobChargeTest {

  static final LocalDateTime EIGHT = LocalDateTime.of(2026, 12, 1, 8, 0);

  static JobCharge lasting(long seconds) {
    return JobCharge.of(EIGHT, EIGHT.plusSeconds(seconds));
  }

  @Test
  void twoHoursCost37Euros() {
    JobCharge charge = JobCharge.of(EIGHT, EIGHT.plusHours(2));

    assertEquals(new BigDecimal("37.00"), charge.amount());
    assertEquals("2", charge.hoursText());
  }

  @Test
  void anHourAndAHalfCost27Euros75() {
    JobCharge charge = JobCharge.of(EIGHT, EIGHT.plusMinutes(90));

    assertEquals(new BigDecimal("27.75"), charge.amount());
    assertEquals("1.5", charge.hoursText());
  }

  @Test
  void aThirdOfAnHourIsRoundedToCents() {
    JobCharge charge = JobCharge.of(EIGHT, EIGHT.plusMinutes(80));

    assertEquals(new BigDecimal("24.67"), charge.amount(), "4/3 × 18.50 = 24.666…");
    assertEquals("1.33", charge.hoursText());
  }

  @Test
  void halfCentsAreRoundedToEvenAsTheOriginalsDecimalRound() {
    assertEquals(new BigDecimal("0.18"), lasting(36).amount(), "0.185");
    assertEquals(new BigDecimal("0.56"), lasting(108).amount(), "0.555");
    assertEquals(new BigDecimal("0.92"), lasting(180).amount(), "0.925");
  }

  @Test
  void sixtyHoursCost1110EurosWithoutAnUpperBound() {
    JobCharge charge = JobCharge.of(EIGHT, EIGHT.plusHours(60));

    assertEquals(new BigDecimal("1110.00"), charge.amount());
    assertEquals("60", charge.hoursText());
  }

  @Test
  void noTimeCostsNothing() {
    JobCharge charge = JobCharge.of(EIGHT, EIGHT);

    assertEquals(new BigDecimal("0.00"), charge.amount());
    assertEquals("0", charge.hoursText());
  }

  @Test
  void aJobCannotEndBeforeItStarts() {
    assertThrows(IllegalArgumentException.class, () -> JobCharge.of(EIGHT, EIGHT.minusMinutes(1)));
  }

  @Test
  void theTotalIsTheSumOfTheAmounts() {
    assertEquals(
        new BigDecimal("55.50"),
        JobCharge.total(
            List.of(
                JobCharge.of(EIGHT, EIGHT.plusHours(2)), JobCharge.of(EIGHT, EIGHT.plusHours(1)))));
    assertEquals(new BigDecimal("0.00"), JobCharge.total(List.of()));
  }

  @Test
  void theHourlyRateIs18Euros50() {
    assertEquals(new BigDecimal("18.50"), JobCharge.HOURLY_RATE);
    assertEquals(JobCharge.HOURLY_RATE, JobCharge.of(EIGHT, EIGHT.plusHours(1)).amount());
  }
}
