package it.nl.pitstop.system;

import static it.nl.pitstop.system.Pitstop.CUSTOMER;
import static it.nl.pitstop.system.Pitstop.VEHICLE;
import static it.nl.pitstop.system.Pitstop.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.pitstop.messages.CustomerRegistered;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.Test;

/**
 * Only the database says what is stored: no server answers from a memory of rows that the database
 * no longer holds (docs/adr/0010). Each test removes rows straight from a database, as a commit
 * that was reported but then lost, and expects the servers to see that they are gone.
 *
 * <p>The handlers' case is the defect that FaultsUnderLoadIT found. A commit failed while the
 * database was shut down, but the server's entity cache kept its rows. The redelivered message then
 * counted as handled and was acknowledged without its effect.
 */
@SideBySide
class StoreIsTheTruthIT {

  static final Duration PROPAGATION = Duration.ofSeconds(20);

  /** The handler databases that record handled messages, with each one's customer table. */
  static final List<String> HANDLERS =
      List.of(SystemState.WORKSHOP, SystemState.NOTIFICATION, SystemState.INVOICING);

  static boolean stored(String database, CustomerRegistered event) {
    try {
      return SystemState.count(
                  database,
                  "select count(*) from processed_message where message_id = ?",
                  event.messageId().toString())
              == 1
          && SystemState.count(
                  database,
                  "select count(*) from customer where customer_id = ?",
                  event.customerId())
              == 1;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aRedeliveredMessageWhoseEffectTheDatabaseLostIsHandledAgain() throws Exception {
    String customerId = "lost-" + UUID.randomUUID();
    CustomerRegistered event =
        new CustomerRegistered(
            UUID.randomUUID(),
            customerId,
            "Lost Commit",
            "Laan 2",
            "1000 AA",
            "Delft",
            "015",
            "lost@example.nl");
    RedeliveryIT.publish(event, 1);
    for (String database : HANDLERS) {
      HttpJson.eventually(
          PROPAGATION, "the customer handled by " + database, () -> stored(database, event));
    }

    for (String database : HANDLERS) {
      assertEquals(
          1,
          SystemState.update(
              database,
              "delete from processed_message where message_id = ?",
              event.messageId().toString()));
      assertEquals(
          1,
          SystemState.update(database, "delete from customer where customer_id = ?", customerId));
    }
    RedeliveryIT.publish(event, 1);

    for (String database : HANDLERS) {
      HttpJson.eventually(
          PROPAGATION,
          "the redelivered message handled again by " + database,
          () -> stored(database, event));
    }
  }

  @Test
  void theApisAnswerWithWhatTheDatabaseHolds() throws Exception {
    String customerId = CustomerRegistrationFlowIT.register("Vanished Customer");
    String plate =
        VehicleRegistrationFlowIT.registerVehicle(
            VehicleRegistrationFlowIT.newLicenseNumber(), customerId);
    assertEquals(200, CUSTOMER.get("api/customers/" + customerId).statusCode());
    assertEquals(200, VEHICLE.get("api/vehicles/" + plate).statusCode());
    HttpJson.eventually(
        PROPAGATION,
        "the customer in the workshop's reference data",
        () -> CustomerRegistrationFlowIT.inReferenceData(customerId));

    // A row and its search terms (docs/adr/0019), as a restore from an older backup would lose
    // them.
    SystemState.update(
        "customer", "delete from customer_search_term where customer_id = ?", customerId);
    assertEquals(
        1,
        SystemState.update("customer", "delete from customer where customer_id = ?", customerId));
    SystemState.update(
        "vehicle", "delete from vehicle_search_term where license_number = ?", plate);
    assertEquals(
        1, SystemState.update("vehicle", "delete from vehicle where license_number = ?", plate));
    assertEquals(
        1,
        SystemState.update(
            SystemState.WORKSHOP, "delete from customer where customer_id = ?", customerId));

    assertEquals(404, CUSTOMER.get("api/customers/" + customerId).statusCode());
    assertEquals(404, VEHICLE.get("api/vehicles/" + plate).statusCode());
    assertEquals(404, WORKSHOP.get("api/refdata/customers/" + customerId).statusCode());
  }
}
