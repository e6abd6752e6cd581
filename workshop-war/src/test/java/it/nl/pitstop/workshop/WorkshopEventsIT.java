package it.nl.pitstop.workshop;

import static it.nl.pitstop.workshop.Api.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.pitstop.messages.EventCodec;
import nl.pitstop.messages.EventTopic;
import nl.pitstop.messages.IntegrationEvent;
import nl.pitstop.messages.MaintenanceJobFinished;
import nl.pitstop.messages.MaintenanceJobPlanned;
import nl.pitstop.messages.WorkshopPlanningCreated;
import nl.pitstop.testing.Broker;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.SharedContainerConfig;
import org.microshed.testing.jupiter.MicroShedTest;

/** The event store is the outbox: a day's events reach the topic, persistent, in stream order. */
@MicroShedTest
@SharedContainerConfig(WorkshopContainers.class)
class WorkshopEventsIT {

  @BeforeAll
  static void serverIsReady() throws InterruptedException {
    Api.awaitReady();
  }

  @Test
  void aDaysEventsArePublishedInOrderWithTheirProperties() throws Exception {
    LocalDate day = Api.freshDay();
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(Broker.url(), Broker.USER, Broker.PASSWORD);
        JMSContext context = factory.createContext()) {
      JMSConsumer consumer =
          context.createConsumer(
              context.createTopic("pitstop.events"), EventTopic.AGGREGATE_ID + " = '" + day + "'");

      assertEquals(
          201,
          WORKSHOP
              .post(Api.jobs(day), Api.job(first, day, "08:00", "10:00", "AB-12-CD"))
              .statusCode());
      assertEquals(
          201,
          WORKSHOP
              .post(Api.jobs(day), Api.job(second, day, "09:00", "11:00", "XY-12-CD"))
              .statusCode());
      assertEquals(
          200,
          WORKSHOP
              .send(
                  HttpRequest.newBuilder(WORKSHOP.uri(Api.jobs(day) + "/" + first + "/finish"))
                      .header("Content-Type", "application/json")
                      .PUT(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"startTime\": \"%sT08:10\", \"endTime\": \"%sT09:50\", \"notes\": \"ok\"}"
                                  .formatted(day, day))))
              .statusCode());

      List<IntegrationEvent> events = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Message message = consumer.receive(15_000);
        assertNotNull(message, "event " + (i + 1) + " of 4 within 15 s");
        assertEquals(DeliveryMode.PERSISTENT, message.getJMSDeliveryMode());
        String type = message.getStringProperty(EventTopic.MESSAGE_TYPE);
        IntegrationEvent event = EventCodec.fromJson(type, ((TextMessage) message).getText());
        assertEquals(
            event.messageId().toString(), message.getStringProperty(EventTopic.MESSAGE_ID));
        events.add(event);
      }

      assertEquals(new WorkshopPlanningCreated(events.get(0).messageId(), day), events.get(0));
      MaintenanceJobPlanned planned = (MaintenanceJobPlanned) events.get(1);
      assertEquals(first, planned.jobId());
      assertEquals(day.atTime(8, 0), planned.startTime());
      assertEquals("AB-12-CD", planned.vehicleInfo().licenseNumber());
      assertEquals("Jan de Vries", planned.customerInfo().name());
      assertEquals(second, ((MaintenanceJobPlanned) events.get(2)).jobId());
      MaintenanceJobFinished finished = (MaintenanceJobFinished) events.get(3);
      assertEquals(first, finished.jobId());
      assertEquals(day, finished.planningDate());
      assertEquals(day.atTime(9, 50), finished.endTime());
      assertEquals("ok", finished.notes());
    }
  }
}
