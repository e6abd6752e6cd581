package nl.pitstop.handlers.time.interfaces.scheduler;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.pitstop.handlers.time.application.TimeService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks the time service every {@code pitstop.time.check-interval} (10 s, as the original) whether a
 * day began; at start-up it catches up the days missed while the server was down.
 */
@ApplicationScoped
public class DayTimer {

  private static final Logger LOG = Logger.getLogger(DayTimer.class.getName());

  @Inject TimeService timeService;

  @Resource ManagedScheduledExecutorService executor;

  @Inject
  @ConfigProperty(name = "pitstop.time.check-interval", defaultValue = "PT10S")
  Duration checkInterval;

  private volatile boolean failing;
  private ScheduledFuture<?> timer;

  void onStartup(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    // Eagerly starts the timer with the application.
  }

  @PostConstruct
  void start() {
    LOG.info(
        () ->
            "Time service announces each day at "
                + timeService.schedule().dayStartsAt()
                + " "
                + timeService.schedule().zone());
    timer =
        executor.scheduleWithFixedDelay(
            this::tick, 0, checkInterval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (timer != null) {
      timer.cancel(false);
    }
  }

  void tick() {
    try {
      timeService.announceDueDays();
      if (failing) {
        LOG.info("Time service announces again");
        failing = false;
      }
    } catch (RuntimeException e) {
      if (!failing) {
        LOG.log(
            Level.WARNING,
            "Time service cannot announce the day; retrying every " + checkInterval,
            e);
        failing = true;
      }
    }
  }
}
