package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.net.http.HttpResponse;
import java.util.List;
import nl.pitstop.testing.Broker;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * The broker over TLS, as in production (docs/adr/0021): the system tests run the local broker with
 * a TLS acceptor only ({@code BROKER_SSL=true ./pitstop start}) and a certificate made for this
 * checkout. Every server reaches it (each is ready and reports the broker up), which only TLS can
 * do; a plain connection is refused, and so is a TLS client that does not trust the certificate.
 */
@SideBySide
class BrokerTlsIT {

  /** One attempt, a short call timeout: a refused connection fails at once. */
  static final String ONE_TRY = "callTimeout=5000;initialConnectAttempts=1;reconnectAttempts=0";

  static Connection connect(String url) throws JMSException {
    return new ActiveMQConnectionFactory(url, Broker.USER, Broker.PASSWORD).createConnection();
  }

  @Test
  void theSystemTestsRunTheBrokerOverTls() {
    assertTrue(Boolean.getBoolean("pitstop.broker.ssl"), "BROKER_SSL=true in system-tests/pom.xml");
    assertTrue(Broker.url().contains("sslEnabled=true"), Broker.url());
  }

  @Test
  void aClientThatTrustsTheCertificateAndChecksTheHostSendsAndReceives() throws JMSException {
    try (Connection connection = connect(Broker.url() + ";" + ONE_TRY)) {
      connection.start();
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      TemporaryQueue queue = session.createTemporaryQueue();
      session.createProducer(queue).send(session.createTextMessage("over TLS"));
      MessageConsumer consumer = session.createConsumer(queue);
      TextMessage received = (TextMessage) consumer.receive(5000);
      assertEquals("over TLS", received.getText());
    }
  }

  @Test
  void aPlainConnectionIsRefused() {
    assertThrows(
        JMSException.class,
        () -> connect(Broker.plainUrl() + "?" + ONE_TRY).close(),
        "a plain connection to the TLS acceptor");
  }

  @Test
  void aTlsClientThatDoesNotTrustTheCertificateIsRefused() {
    // TLS with the JVM's own CAs, which never signed the certificate made for the local broker
    assertThrows(
        JMSException.class,
        () -> connect(Broker.plainUrl() + "?sslEnabled=true;verifyHost=true;" + ONE_TRY).close(),
        "a client that trusts only the JVM's CAs");
  }

  @Test
  void everyServerReachesTheBrokerOverIt() {
    for (int port : List.of(5100, 5000, 5200, 5300)) {
      HttpResponse<String> status = Pitstop.server(port).anonymous().get("status/broker");
      assertEquals(200, status.statusCode(), port + ": " + status.body());
      assertTrue(status.body().contains("\"UP\""), port + ": " + status.body());
    }
  }
}
