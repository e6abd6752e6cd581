package nl.pitstop.handlers.notification.application;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.pitstop.handlers.handling.ProcessedMessages;
import nl.pitstop.handlers.notification.domain.Customer;
import nl.pitstop.handlers.notification.domain.ReminderJob;

/**
 * The notification handler's database as its handler uses it: rows found by key and added, in the
 * caller's transaction. Rows found are live: changes to them are stored with the transaction.
 */
public interface ReminderStore extends ProcessedMessages {

  Optional<Customer> customer(String customerId);

  void add(Customer customer);

  Optional<ReminderJob> job(UUID jobId);

  void add(ReminderJob job);

  /**
   * The jobs that {@linkplain ReminderJob#awaitsReminder() await a reminder} and start in {@code
   * [from, until)}.
   */
  List<ReminderJob> awaitingReminder(LocalDateTime from, LocalDateTime until);
}
