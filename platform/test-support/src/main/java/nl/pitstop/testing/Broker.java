package nl.pitstop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Where the tests' own JMS clients find the broker: the local one ({@code pitstop infra start}) by
 * default, or the one the container mode started ({@code pitstop.broker.url}).
 */
public final class Broker {

  /** The account of the local broker and of the containers' broker. */
  public static final String USER = "pitstop";

  public static final String PASSWORD = "pitstop";

  private Broker() {}

  /**
   * The broker's core protocol URL, for an {@code ActiveMQConnectionFactory}: over TLS when the
   * local broker runs so ({@code -Dpitstop.broker.ssl=true}, as the system tests run it; docs/adr
   * /0021), trusting the certificate {@code ./pitstop} made for it and checking its host name.
   */
  public static String url() {
    String url = System.getProperty("pitstop.broker.url", "tcp://localhost:61616");
    return Boolean.getBoolean("pitstop.broker.ssl") ? url + "?" + tlsParameters() : url;
  }

  /** The plain URL of the same broker, whatever it takes: for a test that it refuses plain text. */
  public static String plainUrl() {
    return System.getProperty("pitstop.broker.url", "tcp://localhost:61616");
  }

  /** The TLS parameters of a core URL that trusts the local broker's certificate. */
  public static String tlsParameters() {
    try {
      return "sslEnabled=true;verifyHost=true;trustStoreType=PKCS12;trustStorePath="
          + Staff.secrets().resolve("broker-truststore.p12")
          + ";trustStorePassword="
          + Files.readString(Staff.secrets().resolve("broker-tls.password")).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the local broker's trust store (BROKER_SSL=true ./pitstop)", e);
    }
  }
}
