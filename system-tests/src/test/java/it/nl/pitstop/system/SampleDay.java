package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.nl.pitstop.system.webapp.TestData;
import java.time.LocalDate;
import java.util.UUID;
import nl.pitstop.testing.HttpJson;

/**
 * A planning day that every screen has something to show for: a registered customer with two
 * vehicles, a job planned for one and a job finished for the other, and the invoice of the finished
 * job (the day announced), made through the APIs.
 */
public record SampleDay(
    String customerId,
    String plate,
    LocalDate day,
    UUID plannedJob,
    UUID finishedJob,
    String invoiceId) {

  public static SampleDay make() throws InterruptedException {
    String run = TestData.runId();
    String customerId = CustomerRegistrationFlowIT.register("Sample " + run);
    String plate = VehicleRegistrationFlowIT.registerVehicle(TestData.plate(), customerId);
    String otherPlate = VehicleRegistrationFlowIT.registerVehicle(TestData.plate(), customerId);
    LocalDate day = WorkshopPlanningFlowIT.freshDay();
    UUID finished = UUID.randomUUID();
    UUID planned = UUID.randomUUID();
    plan(day, finished, 8, customerId, plate, "Tyres " + run);
    plan(day, planned, 10, customerId, otherPlate, "Brakes " + run);
    RemindersAndInvoicesFlowIT.finish(finished, day.atTime(8, 0), day.atTime(9, 0));
    RemindersAndInvoicesFlowIT.awaitHandled("MaintenanceJobFinished", day, 1);
    assertEquals(202, RemindersAndInvoicesFlowIT.dayHasPassed(day).statusCode());
    String[] invoice = new String[1];
    HttpJson.eventually(
        RemindersAndInvoicesFlowIT.MAIL,
        "the invoice of the finished job",
        () ->
            Pitstop.HANDLERS.everyPage("api/invoices").stream()
                .filter(i -> i.getString("customerId").equals(customerId))
                .peek(i -> invoice[0] = i.getString("invoiceId"))
                .findFirst()
                .isPresent());
    return new SampleDay(customerId, plate, day, planned, finished, invoice[0]);
  }

  /** Plans a job of an hour from {@code hour} o'clock. */
  static void plan(
      LocalDate day, UUID job, int hour, String customerId, String plate, String description) {
    assertEquals(
        201,
        WorkshopPlanningFlowIT.plan(
                day,
                WorkshopPlanningFlowIT.planBody(
                    job,
                    day.atTime(hour, 0),
                    day.atTime(hour + 1, 0),
                    customerId,
                    plate,
                    description))
            .statusCode());
  }
}
