package it.nl.pitstop.system;

import static it.nl.pitstop.system.Pitstop.HANDLERS;
import static it.nl.pitstop.system.Pitstop.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.messages.EventCodec;
import nl.pitstop.messages.EventTopic;
import nl.pitstop.testing.HttpJson;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * The handlers are idempotent: the same message delivered twice (as a broker redelivers, or as two
 * relays may publish it) changes nothing the second time.
 */
@SideBySide
class RedeliveryIT {

  @Test
  void theSameMessageTwiceIsHandledOnce() throws Exception {
    String customerId = "redelivered-" + UUID.randomUUID();
    CustomerRegistered event =
        new CustomerRegistered(
            UUID.randomUUID(),
            customerId,
            "Twice Sent",
            "Laan 1",
            "1000 AA",
            "Delft",
            "015",
            "t@e.nl");
    publish(event, 2);

    HttpJson.eventually(
        Duration.ofSeconds(15),
        "the event in the audit log",
        () -> CustomerRegistrationFlowIT.auditEntriesOf(customerId).size() >= 1);
    HttpJson.eventually(
        Duration.ofSeconds(15),
        "the customer in the reference data",
        () -> CustomerRegistrationFlowIT.referenceDataCount(customerId) >= 1);
    Thread.sleep(2_000); // the second copy has been delivered by now

    assertEquals(1, CustomerRegistrationFlowIT.auditEntriesOf(customerId).size());
    assertEquals(1, CustomerRegistrationFlowIT.referenceDataCount(customerId));
    JsonObject entry = CustomerRegistrationFlowIT.auditEntriesOf(customerId).get(0);
    assertEquals(event.messageId().toString(), entry.getString("messageId"));
    assertEquals(200, WORKSHOP.get("api/refdata/customers/" + customerId).statusCode());
    assertEquals(200, HANDLERS.get("health/ready").statusCode());
  }

  /**
   * Publishes copies of one event message (one message id) on the events topic, as a relay does.
   */
  static void publish(CustomerRegistered event, int copies) throws JMSException {
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(
                nl.pitstop.testing.Broker.url(),
                nl.pitstop.testing.Broker.USER,
                nl.pitstop.testing.Broker.PASSWORD);
        JMSContext context = factory.createContext()) {
      JMSProducer producer = context.createProducer();
      for (int i = 0; i < copies; i++) {
        TextMessage message = context.createTextMessage(EventCodec.toJson(event));
        message.setStringProperty(EventTopic.MESSAGE_TYPE, event.messageType());
        message.setStringProperty(EventTopic.MESSAGE_ID, event.messageId().toString());
        message.setStringProperty(EventTopic.AGGREGATE_ID, event.customerId());
        producer.send(context.createTopic("pitstop.events"), message);
      }
    }
  }
}
