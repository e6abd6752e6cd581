package nl.pitstop.handlers.time.infrastructure.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import nl.pitstop.support.tracing.MessageTracing;

/**
 * Sends an event to the events topic, persistent, in the caller's JTA transaction: the broker
 * delivers it only when that transaction commits. It carries the trace of the request or timer that
 * announced it.
 */
@ApplicationScoped
public class JmsEventPublisher implements EventPublisher {

  @Inject MessageTracing tracing;

  @Resource(lookup = EventTopic.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = EventTopic.JNDI_NAME)
  Topic topic;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void publish(IntegrationEvent event) {
    try (JMSContext context = connectionFactory.createContext()) {
      tracing.send(
          context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT),
          topic,
          EventMessages.create(context, event),
          null);
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }
}
