package nl.pitstop.handlers.workshop.interfaces.jms;

import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import nl.pitstop.handlers.handling.Delivery;
import nl.pitstop.handlers.workshop.application.WorkshopProjection;
import nl.pitstop.support.messaging.DuplicateMessages;
import nl.pitstop.support.tracing.TracedConsumer;

/**
 * Feeds the workshop projection from its durable shared subscription (selector on MessageType in
 * server.xml). A message that cannot be handled rolls back, is redelivered and finally
 * dead-lettered.
 *
 * <p>Not in an XA transaction with the broker (docs/adr/0007): the handler commits its own database
 * transaction, then the resource adapter acknowledges the message (docs/adr/0016); a crash in
 * between redelivers it, and the handler recognises its message id.
 */
@TracedConsumer
@MessageDriven(name = "WorkshopProjectionConsumer")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkshopProjectionConsumer implements MessageListener {

  @Inject WorkshopProjection projection;
  @Inject DuplicateMessages duplicates;

  @Override
  public void onMessage(Message message) {
    try {
      Delivery delivery = Delivery.of(message);
      if (!projection.handle(delivery)) {
        duplicates.dropped("workshop-projection", delivery.messageId(), delivery.messageType());
      }
    } catch (JMSException e) {
      throw new EJBException(e);
    }
  }
}
