package it.nl.pitstop.handlers;

import static it.nl.pitstop.handlers.HandlersDeployment.eventually;
import static it.nl.pitstop.handlers.HandlersDeployment.inbox;
import static it.nl.pitstop.handlers.HandlersDeployment.occurrences;
import static it.nl.pitstop.handlers.HandlersDeployment.publish;
import static it.nl.pitstop.handlers.HandlersDeployment.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.messages.DayHasPassed;
import nl.pitstop.messages.MaintenanceJobFinished;
import nl.pitstop.messages.MaintenanceJobPlanned;
import nl.pitstop.messages.MaintenanceJobPlanned.CustomerInfo;
import nl.pitstop.messages.MaintenanceJobPlanned.VehicleInfo;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notification MDB on its durable subscription: reminders reach the mail sink once per customer
 * and day, and a redelivered or repeated message changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationConsumerIT {

  static final String DB = "jdbc/notification";

  @Deployment
  static WebArchive deployment() {
    return HandlersDeployment.archive(NotificationConsumerIT.class);
  }

  final String customerId = "it-" + UUID.randomUUID();
  final String email = "customer-" + UUID.randomUUID() + "@example.nl";
  final LocalDate day =
      LocalDate.of(2031, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));

  CustomerRegistered customer() {
    return new CustomerRegistered(
        UUID.randomUUID(),
        customerId,
        "Jan Jansen",
        "Kerkstraat 1",
        "1234 AB",
        "Amsterdam",
        "0612345678",
        email);
  }

  MaintenanceJobPlanned planned(UUID jobId, int hour, String licenseNumber, String description) {
    LocalDateTime start = day.atTime(hour, 0);
    return new MaintenanceJobPlanned(
        UUID.randomUUID(),
        jobId,
        start,
        start.plusHours(1),
        new CustomerInfo(customerId, "Jan Jansen", "0612345678"),
        new VehicleInfo(licenseNumber, "Volkswagen", "Tiguan"),
        description);
  }

  List<List<String>> jobs() throws Exception {
    return rows(
        DB,
        "select job_id, planned, finished, reminded_at from reminder_job where customer_id = ?"
            + " order by start_time",
        customerId);
  }

  long handled(UUID messageId) throws Exception {
    return rows(DB, "select 1 from processed_message where message_id = ?", messageId.toString())
        .size();
  }

  @Test
  void aCustomerGetsOneReminderForAllTheirJobsOfTheDayAndNoneForAFinishedJob() throws Exception {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    UUID finished = UUID.randomUUID();
    publish(
        customer(),
        planned(first, 8, "AB-12-CD", "Brakes"),
        planned(second, 13, "XY-98-ZZ", "Oil change"),
        planned(finished, 15, "FF-11-GG", "Tyres"));
    publish(
        new MaintenanceJobFinished(
            UUID.randomUUID(), finished, day, day.atTime(15, 0), day.atTime(16, 0), "Done early."));
    eventually(
        this::jobs,
        jobs -> jobs.size() == 3 && "true".equalsIgnoreCase(jobs.get(2).get(2)),
        "three jobs, the last finished");

    publish(new DayHasPassed(UUID.randomUUID(), day));

    String mail = eventually(() -> inbox(email), json -> json.contains("\"uid\""), "the reminder");
    assertEquals(1, occurrences(mail, "\"uid\""));
    assertTrue(mail.contains("Vehicle maintenance reminder"), mail);
    assertTrue(mail.contains("noreply@pitstop.nl"), mail);
    assertTrue(mail.contains("AB-12-CD") && mail.contains("XY-98-ZZ"), mail);
    assertTrue(mail.contains("Brakes") && mail.contains("Oil change"), mail);
    assertTrue(!mail.contains("FF-11-GG"), "no reminder for the finished job: " + mail);
    List<List<String>> jobs = jobs();
    assertTrue(jobs.get(0).get(3) != null && jobs.get(1).get(3) != null, jobs.toString());
    assertEquals(null, jobs.get(2).get(3), "the finished job is not reminded");
  }

  @Test
  void aRedeliveredOrRepeatedDayHasPassedRemindsNoOneTwice() throws Exception {
    UUID job = UUID.randomUUID();
    publish(customer(), planned(job, 9, "RD-01-XX", "Inspection"));
    eventually(this::jobs, jobs -> jobs.size() == 1, "the job");
    DayHasPassed dayHasPassed = new DayHasPassed(UUID.randomUUID(), day);
    publish(dayHasPassed);
    eventually(() -> inbox(email), json -> json.contains("\"uid\""), "the reminder");

    // The same message again (as a broker redelivers it), and the same day announced anew.
    DayHasPassed again = new DayHasPassed(UUID.randomUUID(), day);
    publish(dayHasPassed, again);
    eventually(
        () -> handled(again.messageId()), handled -> handled == 1, "the second announcement");

    assertEquals(1, occurrences(inbox(email), "\"uid\""));
    assertEquals(
        1,
        rows(DB, "select id from outgoing_mail where recipient = ?", email).size(),
        "one reminder queued");
  }
}
