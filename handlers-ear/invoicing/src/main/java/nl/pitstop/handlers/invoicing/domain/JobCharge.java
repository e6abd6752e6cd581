package nl.pitstop.handlers.invoicing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Objects;

/**
 * What one maintenance job costs: its actual duration in hours at the hourly rate of € 18.50, no
 * VAT, parts or minimum (reference §7). The amount is computed exactly and rounded to cents half to
 * even, as the original's decimal {@code Math.Round}.
 *
 * @param hours the actual duration in hours, to four decimals
 * @param amount in euros, with two decimals
 */
public record JobCharge(BigDecimal hours, BigDecimal amount) {

  /** Euros per hour of work. */
  public static final BigDecimal HOURLY_RATE = new BigDecimal("18.50");

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  public JobCharge {
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(amount, "amount");
  }

  /**
   * The charge of work from start to end.
   *
   * @throws IllegalArgumentException when the end is before the start
   */
  public static JobCharge of(LocalDateTime start, LocalDateTime end) {
    Duration duration = Duration.between(start, end);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(
          "A job cannot end (" + end + ") before it starts (" + start + ").");
    }
    BigDecimal seconds =
        BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
    return new JobCharge(
        seconds.divide(SECONDS_PER_HOUR, 4, RoundingMode.HALF_EVEN),
        seconds.multiply(HOURLY_RATE).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_EVEN));
  }

  /** The sum of the charges' amounts, with two decimals. */
  public static BigDecimal total(Collection<JobCharge> charges) {
    return charges.stream()
        .map(JobCharge::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2, RoundingMode.UNNECESSARY);
  }

  /** The hours as an invoice shows them: at most two decimals, no trailing zeros (2, 1.5, 1.33). */
  public String hoursText() {
    BigDecimal shown = hours.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return (shown.scale() < 0 ? shown.setScale(0, RoundingMode.UNNECESSARY) : shown)
        .toPlainString();
  }
}
