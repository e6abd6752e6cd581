package nl.pitstop.handlers.notification.application;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.pitstop.handlers.handling.ProcessedMessage;
import nl.pitstop.handlers.notification.domain.Customer;
import nl.pitstop.handlers.notification.domain.ReminderJob;

/**
 * The notification database in maps, for tests. Rows come back in the order they were added, not
 * sorted, so that the handler's own ordering is what the tests see. Rows found are live, as JPA's
 * are; {@link #restore} undoes rows added, not changes to rows found.
 */
class InMemoryReminderStore implements ReminderStore {

  Map<String, ProcessedMessage> processed = new LinkedHashMap<>();
  Map<String, Customer> customers = new LinkedHashMap<>();
  Map<String, ReminderJob> jobs = new LinkedHashMap<>();

  /** The rows as they are, to {@link #restore} when a transaction rolls back. */
  List<Map<String, ?>> snapshot() {
    return List.of(
        new LinkedHashMap<>(processed), new LinkedHashMap<>(customers), new LinkedHashMap<>(jobs));
  }

  @SuppressWarnings("unchecked")
  void restore(List<Map<String, ?>> snapshot) {
    processed = (Map<String, ProcessedMessage>) snapshot.get(0);
    customers = (Map<String, Customer>) snapshot.get(1);
    jobs = (Map<String, ReminderJob>) snapshot.get(2);
  }

  ReminderJob job(String jobId) {
    return jobs.get(jobId);
  }

  @Override
  public boolean handled(String messageId) {
    return processed.containsKey(messageId);
  }

  @Override
  public void add(ProcessedMessage message) {
    putNew(processed, message.messageId(), message);
  }

  @Override
  public Optional<Customer> customer(String customerId) {
    return Optional.ofNullable(customers.get(customerId));
  }

  @Override
  public void add(Customer customer) {
    putNew(customers, customer.customerId(), customer);
  }

  @Override
  public Optional<ReminderJob> job(UUID jobId) {
    return Optional.ofNullable(jobs.get(jobId.toString()));
  }

  @Override
  public void add(ReminderJob job) {
    putNew(jobs, job.jobId(), job);
  }

  @Override
  public List<ReminderJob> awaitingReminder(LocalDateTime from, LocalDateTime until) {
    return jobs.values().stream()
        .filter(ReminderJob::awaitsReminder)
        .filter(job -> !job.startTime().isBefore(from) && job.startTime().isBefore(until))
        .toList();
  }

  /** A second row with the same key fails, as the primary key does. */
  private static <V> void putNew(Map<String, V> rows, String key, V row) {
    if (rows.putIfAbsent(key, row) != null) {
      throw new IllegalStateException("duplicate key " + key);
    }
  }
}
