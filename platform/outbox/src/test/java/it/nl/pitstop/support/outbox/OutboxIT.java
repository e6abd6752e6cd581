package it.nl.pitstop.support.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.messages.EventCodec;
import nl.pitstop.messages.EventTopic;
import nl.pitstop.support.concurrent.CoalescingRun;
import nl.pitstop.support.outbox.EventSender;
import nl.pitstop.support.outbox.Outbox;
import nl.pitstop.support.outbox.OutboxEntry;
import nl.pitstop.support.outbox.OutboxPublisher;
import nl.pitstop.support.persistence.H2SqlServerPlatform;
import nl.pitstop.support.tracing.TraceParent;
import nl.pitstop.support.transaction.AfterCommit;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
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
  @Inject EventSender sender;
  @Inject MetricRegistry metrics;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

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
    assertEquals(customerId, message.getStringProperty(EventTopic.GROUP_ID));
    assertEquals(event.messageId().toString(), message.getStringProperty(EventTopic.DUPLICATE_ID));
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

    assertEquals(names, names(receive(customerId, subscription, names.size(), 10_000)));
  }

  /**
   * A relay that sent a batch and then failed before its database commit (a crash, the database
   * gone) sends the batch again, with the events stored since behind it: the broker drops the
   * copies and delivers the rest, in order.
   */
  @Test
  void aBatchSentAgainIsDeliveredOnce() throws Exception {
    String customerId = UUID.randomUUID().toString();
    String subscription = subscribe(customerId);
    List<OutboxEntry> batch = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      CustomerRegistered event = event(customerId, "Sent again " + i);
      batch.add(
          new OutboxEntry(
              i,
              event.messageId().toString(),
              event.messageType(),
              event.aggregateId(),
              EventCodec.toJson(event),
              null));
    }

    sender.send(batch.subList(0, 2));
    sender.send(batch);
    sender.send(batch);

    List<String> received = names(receive(customerId, subscription, 7, 3_000));
    assertEquals(List.of("Sent again 0", "Sent again 1", "Sent again 2"), received);
  }

  /**
   * Replicas relaying one outbox at once (three publishers here, each with its own transactions and
   * connections, and the relay itself): every event is published by exactly one of them, and in the
   * outbox's order.
   */
  @Test
  void replicasRelayingAtOnceEachPublishAnEventOnceAndInOrder() throws Exception {
    String customerId = UUID.randomUUID().toString();
    String subscription = subscribe(customerId);
    int count = 300;
    double publishedBefore = published();

    transaction.begin();
    for (int i = 0; i < count; i++) {
      outbox.add(event(customerId, String.format("%03d", i)));
    }
    transaction.commit();
    List<Future<?>> replicas = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    for (int replica = 0; replica < 3; replica++) {
      replicas.add(
          executor.submit(
              () -> {
                while (publisher.pending() > 0 && System.nanoTime() < deadline) {
                  publisher.publishBatch();
                }
              }));
    }
    for (Future<?> replica : replicas) {
      replica.get(90, TimeUnit.SECONDS);
    }

    assertEquals(0, publisher.pending());
    assertEquals(count, published() - publishedBefore, "events published more than once");
    List<String> received = names(receive(customerId, subscription, count + 1, 10_000));
    assertEquals(
        IntStream.range(0, count).mapToObj(i -> String.format("%03d", i)).toList(), received);
  }

  /** The customers' names of the received messages, in their order. */
  static List<String> names(List<Message> messages) throws Exception {
    List<String> names = new ArrayList<>();
    for (Message message : messages) {
      names.add(
          EventCodec.fromJson(CustomerRegistered.class, ((TextMessage) message).getText()).name());
    }
    return names;
  }

  /** The events this server counted as published (each batch counts after its commit). */
  private double published() {
    Counter counter =
        metrics.getCounter(
            new MetricID(OutboxPublisher.PUBLISHED_METRIC, new Tag("type", "CustomerRegistered")));
    return counter == null ? 0 : counter.getCount();
  }
}
