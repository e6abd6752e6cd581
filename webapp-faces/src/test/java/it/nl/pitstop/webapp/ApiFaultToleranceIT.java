package it.nl.pitstop.webapp;

import static it.nl.pitstop.webapp.FakeApi.CUSTOMERS;
import static it.nl.pitstop.webapp.FakeApi.VEHICLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import it.nl.pitstop.webapp.FakeApi.Answer;
import jakarta.inject.Inject;
import java.io.File;
import java.time.Duration;
import java.util.function.Supplier;
import nl.pitstop.tokens.StaffTokens;
import nl.pitstop.webapp.client.ApiException;
import nl.pitstop.webapp.client.CustomerApi;
import nl.pitstop.webapp.client.CustomerApi.RegisterCustomer;
import nl.pitstop.webapp.client.VehicleApi.RegisterVehicle;
import nl.pitstop.webapp.customer.Customers;
import nl.pitstop.webapp.support.Api;
import nl.pitstop.webapp.support.ApiCalls;
import nl.pitstop.webapp.support.CircuitBreakers;
import nl.pitstop.webapp.support.StaffTokenHeaders;
import nl.pitstop.webapp.vehicle.Vehicles;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fault tolerance of the web app's API calls ({@link ApiCalls}, {@link CircuitBreakers}) as
 * Liberty applies it, through the real gateways and Rest Clients, against a fake of the APIs in the
 * same deployment that counts what reaches it.
 *
 * <p>The test server (src/test/liberty/config/server.xml) points the clients at the fake and
 * shortens the breakers' delay and the customer API's timeout; retries, thresholds and exception
 * classes are as written. Every test starts with both breakers closed and their rolling windows
 * empty (see {@link #closedBreakersWithEmptyWindows()}).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiFaultToleranceIT {

  private static final String BREAKERS = CircuitBreakers.class.getName();

  /** The Rest Clients, the fault tolerance and two gateways; no Faces. */
  @Deployment
  static WebArchive deployment() {
    // The archive's name is the context root the test server's fake.api.url points at.
    return ShrinkWrap.create(WebArchive.class, "webapp-ft.war")
        .addPackage(CustomerApi.class.getPackage())
        .addClasses(Api.class, ApiCalls.class, CircuitBreakers.class)
        .addClasses(StaffTokenHeaders.class, StaffTokens.class)
        .addClasses(Customers.class, Vehicles.class)
        .addClasses(FakeApi.class, FakeCustomerApi.class, FakeVehicleApi.class)
        .addAsWebInfResource(new File("src/main/webapp/WEB-INF/beans.xml"), "beans.xml");
  }

  @Inject Customers customers;
  @Inject Vehicles vehicles;

  /** The first page of the customers: a read. */
  java.util.List<nl.pitstop.webapp.client.CustomerApi.Customer> firstCustomers() {
    return customers.search(null, 0, 25).items();
  }

  /** The first page of the vehicles: a read. */
  java.util.List<nl.pitstop.webapp.client.VehicleApi.Vehicle> firstVehicles() {
    return vehicles.search(null, 0, 25).items();
  }

  /**
   * Opens both breakers and lets a healthy call close them after their delay: a breaker that closes
   * starts with an empty rolling window. (A window that already holds successes changes the counts:
   * with 2 successes among the last 4 calls, two failed attempts reach the failure ratio and the
   * read's third attempt finds the breaker open.)
   */
  @BeforeEach
  void closedBreakersWithEmptyWindows() {
    CUSTOMERS.answer(Answer.UNAVAILABLE);
    VEHICLES.answer(Answer.UNAVAILABLE);
    open(() -> customers.register(newCustomer()));
    open(() -> vehicles.register(newVehicle()));
    CUSTOMERS.reset();
    VEHICLES.reset();
    awaitClosed(this::firstCustomers);
    awaitClosed(this::firstVehicles);
    CUSTOMERS.reset();
    VEHICLES.reset();
  }

  @Test
  @Order(1)
  void aFailedReadIsTriedThreeTimesThenFails() {
    CUSTOMERS.answer(Answer.UNAVAILABLE);
    VEHICLES.answer(Answer.UNAVAILABLE);

    ApiException.Failed failed = assertThrows(ApiException.Failed.class, this::firstCustomers);
    assertEquals(503, failed.status());
    assertEquals("The fake is down", failed.getMessage());
    assertEquals(3, CUSTOMERS.reads(), "1 attempt + 2 retries");

    assertThrows(ApiException.Failed.class, () -> vehicles.byLicenseNumber("AB-123-C"));
    assertEquals(3, VEHICLES.reads(), "1 attempt + 2 retries");
  }

  @Test
  @Order(2)
  void aFailedWriteIsSentOnce() {
    CUSTOMERS.answer(Answer.UNAVAILABLE);
    VEHICLES.answer(Answer.UNAVAILABLE);

    assertThrows(ApiException.Failed.class, () -> customers.register(newCustomer()));
    assertEquals(1, CUSTOMERS.writes());
    assertThrows(ApiException.Failed.class, () -> vehicles.register(newVehicle()));
    assertEquals(1, VEHICLES.writes());
    assertEquals(0, CUSTOMERS.reads() + VEHICLES.reads());
  }

  @Test
  @Order(3)
  void notFoundIsAskedOnceAndDoesNotOpenTheBreaker() {
    CUSTOMERS.answer(Answer.NOT_FOUND);
    for (int call = 1; call <= 10; call++) {
      ApiException.NotFound notFound =
          assertThrows(ApiException.NotFound.class, () -> customers.byId("c-404"));
      assertEquals(404, notFound.status());
      assertEquals(call, CUSTOMERS.reads(), "a not-found read is not retried");
    }

    CUSTOMERS.answer(Answer.OK);
    assertEquals("c-1", customers.byId("c-1").customerId());
    assertEquals(11, CUSTOMERS.reads(), "the API is still called");
  }

  @Test
  @Order(4)
  void aRejectedRequestIsSentOnceWithTheApisMessageAndDoesNotOpenTheBreaker() {
    VEHICLES.answer(Answer.CONFLICT);
    for (int call = 1; call <= 10; call++) {
      ApiException.Rejected rejected =
          assertThrows(ApiException.Rejected.class, () -> vehicles.register(newVehicle()));
      assertEquals(409, rejected.status());
      assertEquals(FakeApi.CONFLICT_MESSAGE, rejected.getMessage());
      assertEquals(call, VEHICLES.writes());
    }
    assertThrows(ApiException.Rejected.class, this::firstVehicles);
    assertEquals(1, VEHICLES.reads(), "a rejected read is not retried");

    VEHICLES.answer(Answer.OK);
    assertEquals("NEW-001", vehicles.register(newVehicle()).licenseNumber());
    assertEquals(11, VEHICLES.writes(), "the API is still called");
  }

  @Test
  @Order(5)
  void aFailingApiOpensItsOwnBreakerUntilItsDelayHasPassed() throws InterruptedException {
    CUSTOMERS.answer(Answer.UNAVAILABLE);
    assertThrows(ApiException.Failed.class, this::firstCustomers);
    assertEquals(3, CUSTOMERS.reads());
    // The fourth failure fills the rolling window (4 calls, all failed): the breaker opens, and the
    // read's retry finds it open and stops (abortOn).
    assertThrows(CircuitBreakerOpenException.class, this::firstCustomers);
    assertEquals(4, CUSTOMERS.reads());
    long openedAt = System.nanoTime();

    CUSTOMERS.answer(Answer.OK);
    Duration fastest = Duration.ofDays(1);
    for (int call = 0; call < 3; call++) {
      long start = System.nanoTime();
      assertOpen(this::firstCustomers);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      fastest = took.compareTo(fastest) < 0 ? took : fastest;
    }
    // Two retries would wait at least 2 x 50 ms (delay 150 ms, jitter 100 ms).
    assertTrue(fastest.toMillis() < 100, "an open breaker is not retried: " + fastest);
    assertOpen(() -> customers.byId("c-1"));
    assertOpen(() -> customers.register(newCustomer()));
    assertEquals(4, CUSTOMERS.reads(), "no read reaches the API while its breaker is open");
    assertEquals(0, CUSTOMERS.writes(), "no write reaches the API while its breaker is open");

    assertEquals("AB-123-C", firstVehicles().get(0).licenseNumber());
    assertEquals(1, VEHICLES.reads(), "the vehicle API has a breaker of its own");

    Duration delay = breakerDelay("customerApi");
    long sinceOpened = Duration.ofNanos(System.nanoTime() - openedAt).toMillis();
    assertTrue(sinceOpened < delay.toMillis(), "the open state was checked within its delay");
    Thread.sleep(delay.toMillis() - sinceOpened + 200);

    assertEquals("c-1", firstCustomers().get(0).customerId());
    assertEquals("c-1", customers.byId("c-1").customerId());
    assertEquals(6, CUSTOMERS.reads(), "after the delay and a healthy answer calls go through");
  }

  /**
   * A hanging API: each attempt ends after the customer API's timeout, and is retried. Liberty's
   * {@code @Timeout} (0.5 s here) interrupts the calling thread, but that does not end a blocking
   * socket read: the attempt lasts until the Rest Client's read timeout (1.5 s here), and
   * {@code @Timeout} then turns its outcome into a {@link TimeoutException}.
   */
  @Test
  @Order(6)
  void aHangingReadTimesOutAndIsRetried() {
    Duration hang = Duration.ofSeconds(15);
    CUSTOMERS.hang(hang);
    try {
      long start = System.nanoTime();
      TimeoutException timedOut = assertThrows(TimeoutException.class, this::firstCustomers);
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertEquals(3, CUSTOMERS.reads(), "1 attempt + 2 retries");
      assertTrue(
          took.compareTo(hang.dividedBy(2)) < 0,
          () -> "3 attempts took " + took.toMillis() + " ms: " + timedOut);
    } finally {
      CUSTOMERS.reset();
    }
  }

  /** Fails the API with 503s until its breaker is open; writes, so that nothing is retried. */
  private static void open(Runnable failingWrite) {
    for (int call = 0; call < 10; call++) {
      try {
        failingWrite.run();
      } catch (CircuitBreakerOpenException e) {
        return;
      } catch (RuntimeException e) {
        // a failure, counted by the breaker
      }
    }
    fail("the breaker did not open after 10 failed calls");
  }

  /** Calls until the breaker lets the (healthy) call through: half-open, then closed by it. */
  private static void awaitClosed(Supplier<?> healthyRead) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      try {
        healthyRead.get();
        return;
      } catch (RuntimeException e) {
        // open, or the trial call failed and opened it again
        if (System.nanoTime() > deadline) {
          fail("the breaker did not close within 10 s");
        }
        pause(Duration.ofMillis(50));
      }
    }
  }

  private static void assertOpen(Supplier<?> call) {
    RuntimeException e = assertThrows(RuntimeException.class, call::get);
    assertTrue(causedBy(e, CircuitBreakerOpenException.class), () -> "not an open breaker: " + e);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static Duration breakerDelay(String method) {
    return Duration.ofMillis(
        ConfigProvider.getConfig()
            .getValue(BREAKERS + "/" + method + "/CircuitBreaker/delay", Long.class));
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static RegisterCustomer newCustomer() {
    return new RegisterCustomer(
        null,
        "John Doe",
        "Main Street 2",
        "1234 AB",
        "Amsterdam",
        "0207654321",
        "john@example.test");
  }

  private static RegisterVehicle newVehicle() {
    return new RegisterVehicle("NEW-001", "Volkswagen", "Golf", "c-1");
  }
}
