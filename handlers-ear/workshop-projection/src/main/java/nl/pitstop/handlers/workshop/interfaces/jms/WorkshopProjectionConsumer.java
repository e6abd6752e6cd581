package nl.pitstop.handlers.workshop.interfaces.jms;

import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import nl.pitstop.handlers.workshop.application.WorkshopProjection;
import nl.pitstop.messages.ReceivedEvent;

/**
 * Feeds the workshop projection from its durable shared subscription (selector on MessageType in
 * server.xml). A message that cannot be handled rolls back, is redelivered and finally
 * dead-lettered.
 */
@MessageDriven(name = "WorkshopProjectionConsumer")
public class WorkshopProjectionConsumer implements MessageListener {

  @Inject WorkshopProjection projection;

  @Override
  public void onMessage(Message message) {
    try {
      projection.handle(ReceivedEvent.from(message).event());
    } catch (JMSException e) {
      throw new EJBException(e);
    }
  }
}
