package nl.pitstop.support.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CoalescingRunTest {

  final AtomicInteger runs = new AtomicInteger();

  @Test
  void eachRequestOnAnIdleTaskRunsItOnce() {
    CoalescingRun run = new CoalescingRun(() -> runs.incrementAndGet() > 0);

    run.runNow();
    run.runNow();

    assertEquals(2, runs.get());
  }

  @Test
  void requestsWhileItRunsMakeItRunOnceMoreNotOncePerRequest() {
    AtomicReference<CoalescingRun> self = new AtomicReference<>();
    self.set(
        new CoalescingRun(
            () -> {
              if (runs.incrementAndGet() == 1) {
                self.get().runNow(); // requests while running return at once
                self.get().runNow();
              }
              return true;
            }));

    self.get().runNow();

    assertEquals(2, runs.get());
  }

  @Test
  void aFailedRunDoesNotRunAgainForTheRequestsMadeMeanwhile() {
    AtomicReference<CoalescingRun> self = new AtomicReference<>();
    self.set(
        new CoalescingRun(
            () -> {
              runs.incrementAndGet();
              self.get().runNow();
              return false;
            }));

    self.get().runNow();

    assertEquals(1, runs.get());
    self.get().runNow();
    assertEquals(2, runs.get(), "the next request runs it again");
  }

  @Test
  void asynchronousRequestsBeforeTheRunStartsShareOneRun() {
    List<Runnable> queued = new ArrayList<>();
    CoalescingRun run = new CoalescingRun(() -> runs.incrementAndGet() > 0);

    run.runSoon(queued::add);
    run.runSoon(queued::add);
    run.runSoon(queued::add);
    assertEquals(1, queued.size());
    queued.remove(0).run();
    run.runSoon(queued::add);

    assertEquals(1, runs.get());
    assertEquals(1, queued.size(), "a request after the run started submits a new one");
  }
}
