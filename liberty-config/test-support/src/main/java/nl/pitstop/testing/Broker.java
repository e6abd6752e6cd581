package nl.pitstop.testing;

/**
 * Where the tests' own JMS clients find the broker: the local one ({@code pitstop infra start}) by
 * default, or the one the container mode started ({@code pitstop.broker.url}).
 */
public final class Broker {

  /** The account of the local broker and of the containers' broker. */
  public static final String USER = "pitstop";

  public static final String PASSWORD = "pitstop";

  private Broker() {}

  /** The broker's core protocol URL, for an {@code ActiveMQConnectionFactory}. */
  public static String url() {
    return System.getProperty("pitstop.broker.url", "tcp://localhost:61616");
  }
}
