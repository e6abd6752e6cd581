package nl.pitstop.handlers.handling;

import jakarta.persistence.EntityManager;

/**
 * {@link ProcessedMessages} in a handler's persistence unit, for its JPA store to delegate to. The
 * row is inserted at commit: two sessions handling the same message at once make one commit fail on
 * the primary key, and that message is redelivered and then found handled.
 */
public final class JpaProcessedMessages implements ProcessedMessages {

  private final EntityManager entityManager;

  public JpaProcessedMessages(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public boolean handled(String messageId) {
    return entityManager.find(ProcessedMessage.class, messageId) != null;
  }

  @Override
  public void add(ProcessedMessage message) {
    entityManager.persist(message);
  }
}
