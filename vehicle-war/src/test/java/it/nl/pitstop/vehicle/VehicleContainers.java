package it.nl.pitstop.vehicle;

import nl.pitstop.testing.containers.ServiceContainers;
import org.microshed.testing.SharedContainerConfiguration;
import org.microshed.testing.testcontainers.ApplicationContainer;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;

/**
 * The containers this module's MicroShed tests run against in container mode ({@code -Pcontainers},
 * where a container engine exists): the vehicle server's image from this module's Containerfile, a
 * broker and a database. By default the tests run in MicroShed's manual mode instead, against the
 * server the build starts, and these containers are never started.
 */
public class VehicleContainers implements SharedContainerConfiguration {

  @Container public static final GenericContainer<?> BROKER = ServiceContainers.broker();

  @Container public static final GenericContainer<?> DATABASE = ServiceContainers.database();

  @Container public static final ApplicationContainer SERVER = ServiceContainers.server(5000);

  @Override
  public void startContainers() {
    ServiceContainers.start(BROKER, DATABASE, SERVER);
  }
}
