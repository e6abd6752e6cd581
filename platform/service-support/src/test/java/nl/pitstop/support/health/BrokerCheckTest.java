package nl.pitstop.support.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class BrokerCheckTest {

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-12-03T09:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /** A broker check whose probes answer the given statuses in turn, counted. */
  static final class ScriptedCheck extends BrokerCheck {
    final Deque<Status> answers;
    int probes;

    ScriptedCheck(TestClock clock, Status... answers) {
      this.clock = clock;
      this.answers = new ArrayDeque<>(List.of(answers));
    }

    @Override
    HealthCheckResponse probe() {
      probes++;
      return new HealthCheckResponse("broker", answers.remove(), Optional.empty());
    }
  }

  final TestClock clock = new TestClock();

  @Test
  void theGaugeProbesOnceAndShowsThatResultWhileItIsFresh() {
    ScriptedCheck check = new ScriptedCheck(clock, Status.UP, Status.DOWN);

    assertEquals(1, check.up());
    clock.advance(BrokerCheck.FRESH);
    assertEquals(1, check.up(), "still fresh");
    assertEquals(1, check.probes);

    clock.advance(Duration.ofMillis(1));
    assertEquals(0, check.up(), "probed again once stale");
    assertEquals(2, check.probes);
  }

  @Test
  void aHealthCheckProbesEveryTimeAndRefreshesTheGauge() {
    ScriptedCheck check = new ScriptedCheck(clock, Status.UP, Status.DOWN, Status.UP);

    assertEquals(1, check.up());
    assertEquals(Status.DOWN, check.call().getStatus());
    assertEquals(0, check.up(), "the gauge shows the check's result");
    assertEquals(2, check.probes);

    clock.advance(Duration.ofSeconds(5));
    assertEquals(Status.UP, check.call().getStatus());
    assertEquals(1, check.up());
    assertEquals(3, check.probes);
  }
}
