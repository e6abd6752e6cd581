package nl.pitstop.handlers.notification.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.pitstop.handlers.handling.JpaProcessedMessages;
import nl.pitstop.handlers.handling.ProcessedMessage;
import nl.pitstop.handlers.notification.application.ReminderStore;
import nl.pitstop.handlers.notification.domain.Customer;
import nl.pitstop.handlers.notification.domain.ReminderJob;

/**
 * The notification database. Rows are inserted at commit; two sessions adding the same row at once
 * make one commit fail on the primary key, and two changing the same job make one fail on its
 * version; the failed message is redelivered and then finds the committed state.
 */
@ApplicationScoped
public class JpaReminderStore implements ReminderStore {

  @PersistenceContext(unitName = "notification")
  EntityManager entityManager;

  @Override
  public boolean handled(String messageId) {
    return new JpaProcessedMessages(entityManager).handled(messageId);
  }

  @Override
  public void add(ProcessedMessage message) {
    new JpaProcessedMessages(entityManager).add(message);
  }

  @Override
  public Optional<Customer> customer(String customerId) {
    return Optional.ofNullable(entityManager.find(Customer.class, customerId));
  }

  @Override
  public void add(Customer customer) {
    entityManager.persist(customer);
  }

  @Override
  public Optional<ReminderJob> job(UUID jobId) {
    return Optional.ofNullable(entityManager.find(ReminderJob.class, jobId.toString()));
  }

  @Override
  public void add(ReminderJob job) {
    entityManager.persist(job);
  }

  @Override
  public List<ReminderJob> awaitingReminder(LocalDateTime from, LocalDateTime until) {
    return entityManager
        .createNamedQuery("ReminderJob.due", ReminderJob.class)
        .setParameter("from", from)
        .setParameter("until", until)
        .getResultList();
  }
}
