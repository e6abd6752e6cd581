package nl.pitstop.handlers.time.infrastructure.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import jakarta.transaction.Transactional;
import nl.pitstop.handlers.time.application.EventPublisher;
import nl.pitstop.messages.EventMessages;
import nl.pitstop.messages.EventTopic;
import nl.pitstop.messages.IntegrationEvent;

/**
 * Sends an event to the events topic, persistent, in the caller's JTA transaction: the broker
 * delivers it only when that transaction commits.
 */
@ApplicationScoped
public class JmsEventPublisher implements EventPublisher {

  @Resource(lookup = EventTopic.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = EventTopic.JNDI_NAME)
  Topic topic;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void publish(IntegrationEvent event) {
    try (JMSContext context = connectionFactory.createContext()) {
      context
          .createProducer()
          .setDeliveryMode(DeliveryMode.PERSISTENT)
          .send(topic, EventMessages.create(context, event));
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }
}
