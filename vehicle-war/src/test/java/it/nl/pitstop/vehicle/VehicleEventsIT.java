package it.nl.pitstop.vehicle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.Locale;
import nl.pitstop.messages.EventCodec;
import nl.pitstop.messages.EventTopic;
import nl.pitstop.messages.VehicleRegistered;
import nl.pitstop.testing.Broker;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.SharedContainerConfig;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * VehicleRegistered reaches the events topic through the outbox, persistent, with its properties; a
 * rejected registration publishes nothing.
 */
@MicroShedTest
@SharedContainerConfig(VehicleContainers.class)
class VehicleEventsIT {

  @BeforeAll
  static void serverIsReady() throws InterruptedException {
    Api.awaitReady();
  }

  @Test
  void aRegistrationIsPublishedAsVehicleRegistered() throws Exception {
    String plate = Api.newLicenseNumber();
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(Broker.url(), Broker.USER, Broker.PASSWORD);
        JMSContext context = factory.createContext()) {
      JMSConsumer consumer =
          context.createConsumer(
              context.createTopic("pitstop.events"),
              EventTopic.MESSAGE_TYPE
                  + " = 'VehicleRegistered' AND "
                  + EventTopic.AGGREGATE_ID
                  + " = '"
                  + plate
                  + "'");

      assertEquals(
          201,
          Api.VEHICLE
              .post("api/vehicles", Api.vehicle(plate.toLowerCase(Locale.ROOT), "owner-1"))
              .statusCode());

      Message message = consumer.receive(15_000);
      assertNotNull(message, "no VehicleRegistered within 15 s");
      assertEquals(DeliveryMode.PERSISTENT, message.getJMSDeliveryMode());
      assertEquals("VehicleRegistered", message.getStringProperty(EventTopic.MESSAGE_TYPE));
      VehicleRegistered event =
          EventCodec.fromJson(VehicleRegistered.class, ((TextMessage) message).getText());
      assertEquals(event.messageId().toString(), message.getStringProperty(EventTopic.MESSAGE_ID));
      assertEquals(plate, event.licenseNumber(), "published in normal form");
      assertEquals("Volkswagen", event.brand());
      assertEquals("Tiguan", event.type());
      assertEquals("owner-1", event.ownerId());

      assertEquals(
          409, Api.VEHICLE.post("api/vehicles", Api.vehicle(plate, "owner-2")).statusCode());
      assertNull(consumer.receive(3_000), "a rejected registration was published");
    }
  }
}
