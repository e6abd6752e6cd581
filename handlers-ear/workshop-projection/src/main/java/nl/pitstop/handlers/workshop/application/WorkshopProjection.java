package nl.pitstop.handlers.workshop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.messages.IntegrationEvent;

/**
 * Keeps the workshop's read model (its reference data) up to date from events. Idempotent: each
 * message id is handled once, whatever the broker redelivers.
 */
@ApplicationScoped
public class WorkshopProjection {

  private static final Logger LOG = Logger.getLogger(WorkshopProjection.class.getName());

  @PersistenceContext(unitName = "workshop")
  EntityManager entityManager;

  private final Clock clock = Clock.systemUTC();

  /**
   * Applies the event unless its message id was handled before.
   *
   * @return whether the event was new
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean handle(IntegrationEvent event) {
    String messageId = event.messageId().toString();
    if (entityManager.find(ProcessedMessage.class, messageId) != null) {
      return false;
    }
    entityManager.persist(new ProcessedMessage(messageId, event.messageType(), clock.instant()));
    if (event instanceof CustomerRegistered customer) {
      register(customer);
    }
    return true;
  }

  private void register(CustomerRegistered event) {
    if (entityManager.find(CustomerReference.class, event.customerId()) != null) {
      LOG.warning(() -> "Skipped adding customer with customer id " + event.customerId() + ".");
      return;
    }
    entityManager.persist(
        new CustomerReference(event.customerId(), event.name(), event.telephoneNumber()));
  }
}
