package nl.pitstop.testing.containers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.pitstop.testing.Broker;
import org.microshed.testing.testcontainers.ApplicationContainer;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The containers of the MicroShed tests' container mode ({@code -Pcontainers}, where a container
 * engine exists): the service's own image built from its module's Containerfile, an Artemis broker
 * and a SQL Server with the services' databases, on one network and configured as the dev overlay
 * on OpenShift configures them. A module's {@code SharedContainerConfiguration} holds one of each
 * as {@code @Container} fields and starts them with {@link #start}.
 *
 * <p>In the default mode (MicroShed's manual mode, against the server the build started) MicroShed
 * only constructs these objects; nothing here touches a container engine until {@link #start}.
 */
public final class ServiceContainers {

  public static final String BROKER_IMAGE = "docker.io/apache/activemq-artemis:2.40.0";
  public static final String DATABASE_IMAGE = "mcr.microsoft.com/mssql/server:2022-latest";

  /** The sa password of the throwaway database container (SQL Server's policy wants all kinds). */
  static final String DATABASE_PASSWORD = "Pitstop-test-1";

  /** Where the broker container reads its settings, as the dev overlay mounts them. */
  static final String BROKER_PROPERTIES = "/opt/pitstop/broker/broker.properties";

  private static final Network NETWORK = Network.newNetwork();

  private ServiceContainers() {}

  /** The broker, known on the network as {@code artemis}. */
  public static GenericContainer<?> broker() {
    return new GenericContainer<>(DockerImageName.parse(BROKER_IMAGE))
        .withNetwork(NETWORK)
        .withNetworkAliases("artemis")
        .withEnv("ARTEMIS_USER", Broker.USER)
        .withEnv("ARTEMIS_PASSWORD", Broker.PASSWORD)
        .withEnv("ANONYMOUS_LOGIN", "false")
        // The broker settings of the dev overlay (redelivery back-off, duplicate detection), given
        // to
        // `artemis run --properties` as there.
        .withCopyFileToContainer(
            MountableFile.forHostPath(devOverlay("broker.properties")), BROKER_PROPERTIES)
        .withCommand("run", "--properties", BROKER_PROPERTIES)
        .withExposedPorts(61616)
        .waitingFor(Wait.forListeningPort());
  }

  /** The database server, known on the network as {@code sqlserver}. */
  public static GenericContainer<?> database() {
    return new GenericContainer<>(DockerImageName.parse(DATABASE_IMAGE))
        .withNetwork(NETWORK)
        .withNetworkAliases("sqlserver")
        .withEnv("ACCEPT_EULA", "Y")
        .withEnv("MSSQL_PID", "Developer")
        .withEnv("MSSQL_SA_PASSWORD", DATABASE_PASSWORD)
        .withCopyFileToContainer(
            MountableFile.forHostPath(createDatabasesScript()), "/tmp/create-databases.sql")
        .withExposedPorts(1433)
        .waitingFor(
            Wait.forLogMessage(".*SQL Server is now ready for client connections.*", 1)
                .withStartupTimeout(Duration.ofMinutes(3)));
  }

  /** The dev overlay's script that creates every service's database. */
  private static Path createDatabasesScript() {
    return devOverlay("create-databases.sql");
  }

  /** A file of the OpenShift dev overlay's component (openshift/components/dev). */
  private static Path devOverlay(String file) {
    Path root = Path.of(System.getProperty("pitstop.root", ".."));
    return root.resolve("openshift/components/dev").resolve(file);
  }

  /**
   * The server's image, built from the Containerfile of the module the tests run in (the working
   * directory), listening on its own port, with the broker and the database set by environment
   * variables, as on OpenShift.
   */
  public static ApplicationContainer server(int httpPort) {
    return new ApplicationContainer(Path.of("Containerfile"))
        .withNetwork(NETWORK)
        .withHttpPort(httpPort)
        .withAppContextRoot("/")
        .withReadinessPath("/health/ready", 180)
        .withEnv("LOG_FORMAT", "JSON")
        .withEnv("DB_VENDOR", "sqlserver")
        .withEnv("DB_HOST", "sqlserver")
        .withEnv("DB_PORT", "1433")
        .withEnv("DB_USER", "sa")
        .withEnv("DB_PASSWORD", DATABASE_PASSWORD)
        .withEnv("DB_TRUST_SERVER_CERTIFICATE", "true")
        .withEnv("BROKER_HOST", "artemis")
        .withEnv("BROKER_PORT", "61616")
        .withEnv("BROKER_USER", Broker.USER)
        .withEnv("BROKER_PASSWORD", Broker.PASSWORD);
  }

  /**
   * Starts the broker and the database, creates the databases, then starts the server; tells the
   * tests' JMS clients where the broker is ({@link Broker#url()}).
   */
  public static void start(
      GenericContainer<?> broker, GenericContainer<?> database, ApplicationContainer server) {
    broker.start();
    database.start();
    createDatabases(database);
    server.start();
    System.setProperty(
        "pitstop.broker.url", "tcp://" + broker.getHost() + ":" + broker.getMappedPort(61616));
  }

  private static void createDatabases(GenericContainer<?> database) {
    if (!Files.exists(createDatabasesScript())) {
      throw new IllegalStateException("no " + createDatabasesScript());
    }
    try {
      for (int attempt = 1; ; attempt++) {
        ExecResult result =
            database.execInContainer(
                "/opt/mssql-tools18/bin/sqlcmd",
                "-C",
                "-b",
                "-S",
                "localhost",
                "-U",
                "sa",
                "-P",
                DATABASE_PASSWORD,
                "-i",
                "/tmp/create-databases.sql");
        if (result.getExitCode() == 0) {
          return;
        }
        if (attempt == 30) {
          throw new IllegalStateException("cannot create the databases: " + result.getStderr());
        }
        Thread.sleep(2000);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
