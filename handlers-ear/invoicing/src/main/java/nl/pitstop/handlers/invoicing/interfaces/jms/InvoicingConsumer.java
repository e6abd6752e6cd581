package nl.pitstop.handlers.invoicing.interfaces.jms;

import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import nl.pitstop.handlers.invoicing.application.Invoicing;
import nl.pitstop.messages.ReceivedEvent;

/**
 * Feeds invoicing from its durable shared subscription (selector on MessageType in server.xml:
 * CustomerRegistered, MaintenanceJobPlanned, MaintenanceJobFinished, DayHasPassed). A message that
 * cannot be handled rolls back, is redelivered and finally dead-lettered.
 */
@MessageDriven(name = "InvoicingConsumer")
public class InvoicingConsumer implements MessageListener {

  @Inject Invoicing invoicing;

  @Override
  public void onMessage(Message message) {
    try {
      invoicing.handle(ReceivedEvent.from(message).event());
    } catch (JMSException e) {
      throw new EJBException(e);
    }
  }
}
