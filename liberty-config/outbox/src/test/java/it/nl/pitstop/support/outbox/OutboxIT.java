package it.nl.pitstop.support.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.messages.EventCodec;
import nl.pitstop.messages.EventTopic;
import nl.pitstop.support.concurrent.CoalescingRun;
import nl.pitstop.support.outbox.Outbox;
import nl.pitstop.support.outbox.OutboxPublisher;
import nl.pitstop.support.persistence.H2SqlServerPlatform;
import nl.pitstop.support.tracing.TraceParent;
import nl.pitstop.support.transaction.AfterCommit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox and its relay in Liberty, with JPA on H2 (SQL Server mode) and the Artemis broker:
 * events are published exactly when their transaction commits, in order, with their properties.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "outbox-it.war")
        .addPackages(true, Outbox.class.getPackage())
        .addPackages(true, EventCodec.class.getPackage())
        .addPackage(H2SqlServerPlatform.class.getPackage())
        .addPackage(CoalescingRun.class.getPackage())
        .addPackage(AfterCommit.class.getPackage())
        .addPackage(TraceParent.class.getPackage())
        .addClass(TestPersistence.class)
        .addAsResource("it-persistence.xml", "META-INF/persistence.xml")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @Inject Outbox outbox;
  @Inject OutboxPublisher publisher;
  @Inject UserTransaction transaction;

  @Resource(lookup = EventTopic.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = EventTopic.JNDI_NAME)
  Topic topic;

  static CustomerRegistered event(String customerId, String name) {
    return new CustomerRegistered(
        UUID.randomUUID(), customerId, name, "Kerkstraat 1", "1234 AB", "Utrecht", "030", "a@b.nl");
  }

  /**
   * A durable subscription to the events of one customer, made before the transaction. (A JMS
   * connection of the resource adapter cannot be used across a transaction begun on the same
   * thread, so the test subscribes durably, then reads with a fresh connection.)
   */
  String subscribe(String customerId) {
    String name = "outbox-it-" + customerId;
    try (JMSContext context = connectionFactory.createContext()) {
      context.createSharedDurableConsumer(topic, name, selector(customerId)).close();
    }
    return name;
  }

  static String selector(String customerId) {
    return EventTopic.AGGREGATE_ID + " = '" + customerId + "'";
  }

  /** Reads up to {@code count} messages of the subscription, then removes it. */
  List<Message> receive(String customerId, String subscription, int count, long waitMillis) {
    List<Message> received = new ArrayList<>();
    try (JMSContext context = connectionFactory.createContext()) {
      JMSConsumer consumer =
          context.createSharedDurableConsumer(topic, subscription, selector(customerId));
      for (int i = 0; i < count; i++) {
        Message message = consumer.receive(waitMillis);
        if (message == null) {
          break;
        }
        received.add(message);
      }
      consumer.close();
      context.unsubscribe(subscription);
    }
    return received;
  }

  @Test
  void aCommittedEventIsPublishedWithItsPropertiesAndLeavesTheOutbox() throws Exception {
    String customerId = UUID.randomUUID().toString();
    CustomerRegistered event = event(customerId, "Committed");
    String subscription = subscribe(customerId);

    transaction.begin();
    outbox.add(event);
    transaction.commit();

    List<Message> received = receive(customerId, subscription, 1, 10_000);
    assertEquals(1, received.size(), "the committed event was not published");
    Message message = received.get(0);
    assertEquals("CustomerRegistered", message.getStringProperty(EventTopic.MESSAGE_TYPE));
    assertEquals(event.messageId().toString(), message.getStringProperty(EventTopic.MESSAGE_ID));
    assertEquals(DeliveryMode.PERSISTENT, message.getJMSDeliveryMode());
    assertEquals(
        event, EventCodec.fromJson(CustomerRegistered.class, ((TextMessage) message).getText()));
    assertEquals(0, publisher.pending());
  }

  @Test
  void aRolledBackEventIsNeverPublished() throws Exception {
    String customerId = UUID.randomUUID().toString();
    String subscription = subscribe(customerId);

    transaction.begin();
    outbox.add(event(customerId, "Rolled back"));
    transaction.rollback();

    assertEquals(List.of(), receive(customerId, subscription, 1, 3_000));
    assertEquals(0, publisher.pending());
  }

  @Test
  void eventsOfOneTransactionArePublishedInOrder() throws Exception {
    String customerId = UUID.randomUUID().toString();
    List<String> names = List.of("one", "two", "three", "four", "five");
    String subscription = subscribe(customerId);

    transaction.begin();
    names.forEach(name -> outbox.add(event(customerId, name)));
    transaction.commit();

    List<String> received = new ArrayList<>();
    for (Message message : receive(customerId, subscription, names.size(), 10_000)) {
      received.add(
          EventCodec.fromJson(CustomerRegistered.class, ((TextMessage) message).getText()).name());
    }
    assertEquals(names, received);
  }
}
