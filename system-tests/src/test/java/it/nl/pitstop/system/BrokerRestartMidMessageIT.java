package it.nl.pitstop.system;

import static it.nl.pitstop.system.SystemState.INVOICING;
import static it.nl.pitstop.system.SystemState.NOTIFICATION;
import static it.nl.pitstop.system.SystemState.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.nl.pitstop.system.SystemState.Audited;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.TextMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.messages.EventCodec;
import nl.pitstop.messages.EventTopic;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * The broker restarts while every handler session is in the middle of a message: its database
 * transaction open, its acknowledgement not yet sent, and the restarted broker already handing the
 * session its next message. Each handler's session must finish the message it has, take the next
 * ones, and every subscription must go on (docs/adr/0016).
 *
 * <p>To hold the sessions in the middle of their messages, the test freezes the database (SIGSTOP)
 * while the handlers take the events, restarts the broker, waits until every session is back on it
 * with a message in hand, and thaws the database. With the broker session transacted ({@code
 * useLocalTx="true"}) each session's commit then failed ("rolled back on failover"), the resource
 * adapter ended the message delivery twice, the client never asked for another message, and the
 * message group that session held stopped its whole subscription.
 */
class BrokerRestartMidMessageIT {

  /** More than all sessions of a subscription can hold at once, before and after the restart. */
  static final int EVENTS = 40;

  private final SystemState state = new SystemState();

  @Test
  void everySubscriptionGoesOnWhenTheBrokerRestartsWhileItsSessionsAreMidMessage()
      throws Exception {
    String prefix = "midmessage-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    List<CustomerRegistered> events = new ArrayList<>();
    for (int i = 0; i < EVENTS; i++) {
      events.add(
          new CustomerRegistered(
              UUID.randomUUID(),
              prefix + i,
              "Mid Message " + i,
              "Laan " + i,
              "1000 AA",
              "Delft",
              "015",
              prefix + i + "@example.nl"));
    }

    signalDatabase("STOP");
    try {
      publish(events);
      DeliveryChecks.eventually(
          "every session of every subscription in the middle of a message",
          () -> everySessionHoldsAMessage(),
          BrokerRestartMidMessageIT::sessions);
      Pitstop.tool("infra", "stop", "broker");
      Pitstop.tool("infra", "start", "broker");
      DeliveryChecks.eventually(
          "every session back on the restarted broker, with its next message",
          () -> everySessionHoldsAMessage(),
          BrokerRestartMidMessageIT::sessions);
    } finally {
      signalDatabase("CONT");
    }

    List<String> messageIds = events.stream().map(e -> e.messageId().toString()).toList();
    List<String> customerIds = events.stream().map(CustomerRegistered::customerId).toList();
    DeliveryChecks.eventually(
        "every event in every handler's store",
        () ->
            state.audited(customerIds).size() == EVENTS
                && List.of(WORKSHOP, NOTIFICATION, INVOICING).stream()
                    .allMatch(handler -> processed(handler, messageIds) == EVENTS),
        () ->
            "audit log "
                + state.audited(customerIds).size()
                + ", workshop "
                + processed(WORKSHOP, messageIds)
                + ", notification "
                + processed(NOTIFICATION, messageIds)
                + ", invoicing "
                + processed(INVOICING, messageIds)
                + " of "
                + EVENTS);
    assertEquals(
        List.of(),
        state.audited(customerIds).stream().filter(a -> a.entries() != 1).toList(),
        "audit entries other than one per event");
    for (Audited audited : state.audited(customerIds)) {
      assertEquals("CustomerRegistered", audited.type());
    }
  }

  private int processed(String handler, List<String> messageIds) {
    try {
      return state.processed(handler, messageIds).size();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Each subscription has consumers, and each of them holds a message it has not acknowledged. */
  static boolean everySessionHoldsAMessage() throws Exception {
    for (String subscription : Diagnostics.SUBSCRIPTIONS) {
      long consumers = BrokerConsole.attribute(subscription, "ConsumerCount");
      if (consumers == 0 || BrokerConsole.attribute(subscription, "DeliveringCount") < consumers) {
        return false;
      }
    }
    return true;
  }

  static String sessions() throws Exception {
    StringBuilder sessions = new StringBuilder();
    for (String subscription : Diagnostics.SUBSCRIPTIONS) {
      sessions
          .append(subscription)
          .append(": ")
          .append(BrokerConsole.attribute(subscription, "DeliveringCount"))
          .append(" delivering to ")
          .append(BrokerConsole.attribute(subscription, "ConsumerCount"))
          .append(" consumers; ");
    }
    return sessions.toString();
  }

  /** SIGSTOP freezes the database server, SIGCONT thaws it: its clients wait meanwhile. */
  static void signalDatabase(String signal) throws Exception {
    Path pidFile = Path.of(System.getProperty("pitstop.home"), "run", "h2.pid");
    String pid = Files.readString(pidFile).trim();
    Process kill = new ProcessBuilder("kill", "-" + signal, pid).inheritIO().start();
    assertEquals(0, kill.waitFor(), "kill -" + signal + " " + pid);
  }

  /** Publishes the events as a relay does: message id, type, aggregate and its message group. */
  static void publish(List<CustomerRegistered> events) throws Exception {
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(
                nl.pitstop.testing.Broker.url(),
                nl.pitstop.testing.Broker.USER,
                nl.pitstop.testing.Broker.PASSWORD);
        JMSContext context = factory.createContext()) {
      JMSProducer producer = context.createProducer();
      for (CustomerRegistered event : events) {
        TextMessage message = context.createTextMessage(EventCodec.toJson(event));
        message.setStringProperty(EventTopic.MESSAGE_TYPE, event.messageType());
        message.setStringProperty(EventTopic.MESSAGE_ID, event.messageId().toString());
        message.setStringProperty(EventTopic.AGGREGATE_ID, event.customerId());
        message.setStringProperty(EventTopic.GROUP_ID, event.customerId());
        producer.send(context.createTopic("pitstop.events"), message);
      }
    }
  }
}
