package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.nl.pitstop.system.webapp.Browser;
import it.nl.pitstop.system.webapp.TestData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.Test;

/**
 * The web app's screens beyond the original, on data the whole system made: a finished job in the
 * week view, its invoice (made when the day passed) in the invoice list and as it was e-mailed, and
 * its events in the audit log, filtered by type and aggregate.
 */
@SideBySide
class InvoicesAuditLogAndWeekViewIT {

  @Test
  void weekViewInvoiceAsMailedAndFilteredAuditLog() throws Exception {
    String run = TestData.runId();
    String customer = "Invoice <i>customer</i> " + run;
    String customerId = CustomerRegistrationFlowIT.register(customer);
    String plate = VehicleRegistrationFlowIT.registerVehicle(TestData.plate(), customerId);
    HttpJson.eventually(
        CustomerRegistrationFlowIT.PROPAGATION,
        "the workshop knows the vehicle and its owner",
        () ->
            CustomerRegistrationFlowIT.inReferenceData(customerId)
                && VehicleRegistrationFlowIT.inReferenceData(plate));
    LocalDate day = WorkshopPlanningFlowIT.freshDay();
    UUID jobId = UUID.randomUUID();
    String description = "Brakes " + run;
    assertEquals(
        201,
        WorkshopPlanningFlowIT.plan(
                day,
                WorkshopPlanningFlowIT.planBody(
                    jobId, day.atTime(8, 0), day.atTime(10, 0), customerId, plate, description))
            .statusCode());
    RemindersAndInvoicesFlowIT.finish(jobId, day.atTime(8, 0), day.atTime(10, 0));

    try (Browser browser = Browser.open("beyond")) {
      browser.go("/workshop/week.xhtml?weekOf=" + day);
      browser.expectPage("Workshop Management - week");
      assertTrue(browser.pageSource().contains(description), "the job is in its week");
      browser.screenshot("week");
      browser.clickLink(description);
      browser.expectPage("Workshop Management - details");
      assertEquals("Completed", browser.text("JobStatus"));

      RemindersAndInvoicesFlowIT.awaitHandled("MaintenanceJobFinished", day, 1);
      assertEquals(202, RemindersAndInvoicesFlowIT.dayHasPassed(day).statusCode());
      // Invoices and the audit log are the administrator's.
      browser.logInAs("admin");
      browser.go("/invoices/");
      browser.reloadUntil(
          Duration.ofSeconds(45),
          () -> browser.pageSource().contains(run),
          "the invoice of " + customer + " in the list");
      browser.screenshot("invoices");
      browser.clickCell(run);
      browser.expectPage("Invoices - details");
      assertEquals("€ 37,00", browser.text("Amount"), "2 hours at € 18.50");
      assertEquals(customer, browser.text("Customer"));
      String mail = browser.frameText("InvoiceMail");
      assertTrue(mail.contains(customer), "the e-mail shows the name as typed: " + mail);
      assertTrue(mail.contains("37.00") || mail.contains("37,00"), mail);
      browser.screenshot("invoice");

      browser.go("/auditlog/");
      browser.expectPage("Audit Log - overview");
      browser.input("MaintenanceJobFinished").click();
      browser.fill("Aggregate id", day.toString());
      browser.click("FilterButton");
      browser.expectPage("Audit Log - overview");
      assertTrue(browser.url().contains("types=MaintenanceJobFinished"), browser.url());
      assertEquals("1–1 of 1", browser.text("AuditRange"));
      assertTrue(browser.pageSource().contains(jobId.toString()), "the event's JSON");
      browser.screenshot("auditlog-filtered");

      browser.go("/auditlog/?aggregateId=" + day);
      assertEquals(
          "1–4 of 4",
          browser.text("AuditRange"),
          "the day's WorkshopPlanningCreated, MaintenanceJobPlanned, MaintenanceJobFinished and"
              + " DayHasPassed");
      browser.go("/auditlog/?from=not-a-date");
      assertTrue(
          browser.formMessages().startsWith("Unable to filter: from must be"),
          browser.formMessages());
    }
  }
}
