package it.nl.pitstop.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.UUID;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.messages.EventCodec;
import nl.pitstop.messages.EventTopic;
import nl.pitstop.testing.Broker;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.SharedContainerConfig;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * CustomerRegistered reaches the events topic through the outbox, persistent, with its properties.
 */
@MicroShedTest
@SharedContainerConfig(CustomerContainers.class)
class CustomerEventsIT {

  @BeforeAll
  static void serverIsReady() throws InterruptedException {
    Api.awaitReady();
  }

  @Test
  void aRegistrationIsPublishedAsCustomerRegistered() throws Exception {
    String id = UUID.randomUUID().toString().replace("-", "");
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(Broker.url(), Broker.USER, Broker.PASSWORD);
        JMSContext context = factory.createContext()) {
      JMSConsumer consumer =
          context.createConsumer(
              context.createTopic("pitstop.events"),
              EventTopic.MESSAGE_TYPE + " = 'CustomerRegistered' AND AggregateId = '" + id + "'");

      assertEquals(
          201,
          Api.CUSTOMER
              .post("api/customers", CustomerResourceIT.customer(id, "Via Outbox"))
              .statusCode());

      Message message = consumer.receive(15_000);
      assertNotNull(message, "no CustomerRegistered within 15 s");
      assertEquals(jakarta.jms.DeliveryMode.PERSISTENT, message.getJMSDeliveryMode());
      CustomerRegistered event =
          EventCodec.fromJson(CustomerRegistered.class, ((TextMessage) message).getText());
      assertEquals(event.messageId().toString(), message.getStringProperty(EventTopic.MESSAGE_ID));
      assertEquals(id, event.customerId());
      assertEquals("Via Outbox", event.name());
      assertEquals("Amsterdam", event.city());
      assertEquals("jan@example.com", event.emailAddress());
    }
  }
}
