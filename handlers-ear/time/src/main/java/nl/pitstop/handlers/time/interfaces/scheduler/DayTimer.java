package nl.pitstop.handlers.time.interfaces.scheduler;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.pitstop.handlers.time.application.TimeService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks the time service every {@code pitstop.time.check-interval} (10 s, as the original) whether a
 * day began, with a non-persistent EJB timer that starts with the application: its first run
 * catches up the days missed while the server was down. Runs never overlap (a singleton's write
 * lock).
 */
@Singleton
@Startup
public class DayTimer {

  private static final Logger LOG = Logger.getLogger(DayTimer.class.getName());

  @Inject TimeService timeService;

  @Resource TimerService timerService;

  @Inject
  @ConfigProperty(name = "pitstop.time.check-interval", defaultValue = "PT10S")
  Duration checkInterval;

  private boolean failing;

  @PostConstruct
  void start() {
    LOG.info(
        () ->
            "Time service announces each day at "
                + timeService.schedule().dayStartsAt()
                + " "
                + timeService.schedule().zone());
    timerService.createIntervalTimer(
        0, checkInterval.toMillis(), new TimerConfig("pitstop-day-timer", false));
  }

  /** Each announcement has its own transaction; the check itself runs outside one. */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
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
