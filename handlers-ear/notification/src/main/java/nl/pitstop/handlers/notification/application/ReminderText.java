package nl.pitstop.handlers.notification.application;

import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.pitstop.handlers.notification.domain.ReminderJob;

/**
 * The plain-text body of a reminder mail, word for word the original's (reference §6), with one
 * line per job in the order given and "\n" line breaks. Plain text: names and descriptions go in as
 * they are, nothing needs escaping.
 */
public final class ReminderText {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private ReminderText() {}

  /**
   * @param jobs the customer's jobs, in the order to list them
   */
  public static String body(String customerName, List<ReminderJob> jobs) {
    StringBuilder body = new StringBuilder();
    body.append("Dear ").append(customerName).append(",\n\n");
    body.append(
        "We would like to remind you that you have an appointment with us for maintenance on"
            + " your vehicle(s):\n\n");
    for (ReminderJob job : jobs) {
      body.append("- ")
          .append(DATE.format(job.startTime()))
          .append(" at ")
          .append(TIME.format(job.startTime()))
          .append(" : ")
          .append(job.description())
          .append(" on vehicle with license-number ")
          .append(job.licenseNumber())
          .append('\n');
    }
    body.append(
        "\nPlease make sure you're present at least 10 minutes before the (first) job is"
            + " planned.\n");
    body.append("Once arrived, you can notify your arrival at our front-desk.\n\n");
    body.append("Greetings,\n\n");
    body.append("The PitStop crew\n");
    return body.toString();
  }
}
