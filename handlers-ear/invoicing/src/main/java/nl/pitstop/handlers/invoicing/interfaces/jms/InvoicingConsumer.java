package nl.pitstop.handlers.invoicing.interfaces.jms;

import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import nl.pitstop.handlers.handling.Delivery;
import nl.pitstop.handlers.invoicing.application.Invoicing;
import nl.pitstop.support.messaging.DuplicateMessages;
import nl.pitstop.support.tracing.TracedConsumer;

/**
 * Feeds invoicing from its durable shared subscription (selector on MessageType in server.xml:
 * CustomerRegistered, MaintenanceJobPlanned, MaintenanceJobFinished, DayHasPassed). A message that
 * cannot be handled rolls back, is redelivered and finally dead-lettered.
 *
 * <p>Not in an XA transaction with the broker (docs/adr/0007): the handler commits its own database
 * transaction, then the resource adapter acknowledges the message (docs/adr/0016); a crash in
 * between redelivers it, and the handler recognises its message id.
 */
@TracedConsumer
@MessageDriven(name = "InvoicingConsumer")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InvoicingConsumer implements MessageListener {

  @Inject Invoicing invoicing;
  @Inject DuplicateMessages duplicates;

  @Override
  public void onMessage(Message message) {
    try {
      Delivery delivery = Delivery.of(message);
      if (!invoicing.handle(delivery)) {
        duplicates.dropped("invoicing", delivery.messageId(), delivery.messageType());
      }
    } catch (JMSException e) {
      throw new EJBException(e);
    }
  }
}
