package it.nl.pitstop.handlers;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import nl.pitstop.handlers.handling.Delivery;
import nl.pitstop.handlers.invoicing.interfaces.jms.InvoicingConsumer;
import nl.pitstop.handlers.mail.MailOutbox;
import nl.pitstop.handlers.notification.interfaces.jms.NotificationConsumer;
import nl.pitstop.messages.EventCodec;
import nl.pitstop.messages.EventMessages;
import nl.pitstop.messages.EventTopic;
import nl.pitstop.messages.IntegrationEvent;
import nl.pitstop.support.concurrent.CoalescingRun;
import nl.pitstop.support.messaging.DuplicateMessages;
import nl.pitstop.support.persistence.UtcInstantConverter;
import nl.pitstop.support.tracing.TraceParent;
import nl.pitstop.support.transaction.AfterCommit;
import nl.pitstop.testing.Database;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The handlers' MDBs as one test application, and what their tests do in the server: publish events
 * to the real topic, read the handlers' databases, read the mail sink.
 */
final class HandlersDeployment {

  static final String MAIL_API =
      "http://localhost:" + System.getProperty("mail.api.port", "4000") + "/api/user/";

  private HandlersDeployment() {}

  /**
   * The notification and invoicing handlers with what they need, as {@code handlers-it.war}, their
   * databases migrated first.
   */
  static WebArchive archive(Class<?> test) {
    // the test application is not the handlers EAR and does not migrate (docs/adr/0018)
    Database.migrate("notification", "notification-it");
    Database.migrate("invoicing", "invoicing-it");
    return ShrinkWrap.create(WebArchive.class, "handlers-it.war")
        .addClass(HandlersDeployment.class)
        .addClass(test)
        .addPackages(
            true, NotificationConsumer.class.getPackage().getName().replace(".interfaces.jms", ""))
        .addPackages(
            true, InvoicingConsumer.class.getPackage().getName().replace(".interfaces.jms", ""))
        .addPackages(true, MailOutbox.class.getPackage())
        .addPackage(Delivery.class.getPackage())
        .addPackages(true, EventCodec.class.getPackage())
        .addPackage(UtcInstantConverter.class.getPackage())
        .addPackage(CoalescingRun.class.getPackage())
        .addPackage(AfterCommit.class.getPackage())
        .addPackage(DuplicateMessages.class.getPackage())
        .addPackage(TraceParent.class.getPackage())
        .addAsResource("it-persistence.xml", "META-INF/persistence.xml")
        .addAsResource("META-INF/notification-orm.xml")
        .addAsResource("META-INF/invoicing-orm.xml")
        .addAsResource("mail/banner.jpg", "mail/banner.jpg")
        .addAsResource("mail/invoice.html", "mail/invoice.html")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  /**
   * Publishes the events to the topic in one local broker transaction, as a service's relay does.
   * Each copy gets a duplicate-detection id of its own, so that an event published twice reaches
   * the handlers twice (as a redelivery would) and their own idempotency is what is tested.
   */
  static void publish(IntegrationEvent... events) throws Exception {
    ConnectionFactory factory = InitialContext.doLookup(EventTopic.CONNECTION_FACTORY);
    Topic topic = InitialContext.doLookup(EventTopic.JNDI_NAME);
    try (jakarta.jms.Connection connection = factory.createConnection();
        Session session = connection.createSession(Session.SESSION_TRANSACTED)) {
      MessageProducer producer = session.createProducer(topic);
      producer.setDeliveryMode(DeliveryMode.PERSISTENT);
      for (IntegrationEvent event : events) {
        Message message =
            EventMessages.create(
                session,
                event.messageId().toString(),
                event.messageType(),
                event.aggregateId(),
                EventCodec.toJson(event));
        message.setStringProperty(EventTopic.DUPLICATE_ID, UUID.randomUUID().toString());
        producer.send(message);
      }
      session.commit();
    }
  }

  /** The rows of a query on a handler's database, each as its columns' strings. */
  static List<List<String>> rows(String dataSource, String sql, Object... parameters)
      throws NamingException, java.sql.SQLException {
    DataSource source = InitialContext.doLookup(dataSource);
    try (Connection connection = source.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<List<String>> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<String> row = new ArrayList<>();
          for (int c = 1; c <= columns; c++) {
            row.add(result.getString(c));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  /** The raw JSON of the mail sink's inbox of an address. */
  static String inbox(String address) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            MAIL_API
                                + URLEncoder.encode(address, StandardCharsets.UTF_8)
                                + "/messages/INBOX"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 ? response.body() : "[]";
  }

  /** How many times a text occurs in a text. */
  static int occurrences(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      count++;
    }
    return count;
  }

  /**
   * Polls until the value satisfies the condition, for at most 60 seconds. A read that fails counts
   * as "not yet": a handler's tables exist only once its persistence unit has started, on its first
   * message, so a query may run before them. The last failure is the cause of the timeout.
   */
  static <T> T eventually(ThrowingSupplier<T> value, Predicate<T> condition, String what)
      throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (true) {
      T last = null;
      Exception failure = null;
      try {
        last = value.get();
        if (condition.test(last)) {
          return last;
        }
      } catch (Exception e) {
        failure = e;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "Timed out waiting for " + what + "; last value: " + last, failure);
      }
      Thread.sleep(250);
    }
  }

  /** A value that can fail to be read. */
  @FunctionalInterface
  interface ThrowingSupplier<T> {
    T get() throws Exception;
  }
}
