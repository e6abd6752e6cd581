package nl.pitstop.handlers.notification.interfaces.jms;

import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import nl.pitstop.handlers.handling.Delivery;
import nl.pitstop.handlers.notification.application.NotificationHandler;
import nl.pitstop.support.messaging.DuplicateMessages;
import nl.pitstop.support.tracing.TracedConsumer;

/**
 * Feeds the notification handler from its durable shared subscription (selector on MessageType in
 * server.xml: CustomerRegistered, MaintenanceJobPlanned, MaintenanceJobFinished, DayHasPassed). A
 * message that cannot be handled rolls back, is redelivered and finally dead-lettered.
 *
 * <p>Not in an XA transaction with the broker (docs/adr/0007): the handler commits its own database
 * transaction, then the resource adapter acknowledges the message (docs/adr/0016); a crash in
 * between redelivers it, and the handler recognises its message id.
 */
@TracedConsumer
@MessageDriven(name = "NotificationConsumer")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationConsumer implements MessageListener {

  @Inject NotificationHandler handler;
  @Inject DuplicateMessages duplicates;

  @Override
  public void onMessage(Message message) {
    try {
      Delivery delivery = Delivery.of(message);
      if (!handler.handle(delivery)) {
        duplicates.dropped("notification", delivery.messageId(), delivery.messageType());
      }
    } catch (JMSException e) {
      throw new EJBException(e);
    }
  }
}
