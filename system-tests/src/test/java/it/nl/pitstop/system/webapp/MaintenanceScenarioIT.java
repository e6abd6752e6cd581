package it.nl.pitstop.system.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.nl.pitstop.system.SideBySide;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The original's UI scenario (reference §13.4), in headless chromium against the whole system:
 * register a customer and a vehicle, schedule a job today, see it "Planned", complete it and see it
 * "Completed". Every step goes through the menus and buttons by their ids and fills inputs by their
 * labels, as office staff would. It runs twice: as a garage with staff in roles (office staff plan,
 * a mechanic completes), and as a one-person garage, whose one login ({@code garage}) holds all
 * three roles.
 */
@SideBySide
class MaintenanceScenarioIT {

  @ParameterizedTest(name = "starting as {0}")
  @ValueSource(strings = {"office", "garage"})
  void customerVehicleJobPlannedThenCompleted(String user) {
    String run = TestData.runId();
    String customer = "Anna Jansen " + run;
    String plate = TestData.plate();
    String description = "Maintenance job 1234 " + run;

    try (Browser browser = Browser.open("scenario-" + user, user)) {
      browser.go("/");
      browser.expectPage("Pitstop - Garage Management System");
      assertEquals("Home Page - Pitstop", browser.browserTitle());
      browser.screenshot("01-home");

      // 1. Customer
      browser.click("MainMenu.CustomerManagement");
      browser.expectPage("Customer Management - overview");
      browser.click("RegisterCustomerButton");
      browser.expectPage("Customer Management - register customer");
      browser.click("CancelButton");
      browser.expectPage("Customer Management - overview");
      browser.click("RegisterCustomerButton");
      browser.fill("Name", customer);
      browser.fill("Address", "Stationsstraat 12");
      browser.fill("Postal code", "3511 AB");
      browser.fill("City", "Utrecht");
      browser.fill("Phonenumber", "030-1234567");
      browser.fill("Email address", "user1234@example.com");
      browser.screenshot("02-register-customer");
      browser.click("SubmitButton");
      browser.expectPage("Customer Management - overview");
      browser.search(run);
      browser.screenshot("03-customers");
      browser.clickCell(customer);
      browser.expectPage("Customer Management - details");
      assertEquals(customer, browser.text("Name"));
      assertEquals("user1234@example.com", browser.text("EmailAddress"));
      browser.click("BackButton");
      browser.expectPage("Customer Management - overview");

      // 2. Vehicle
      browser.click("MainMenu.VehicleManagement");
      browser.expectPage("Vehicle Management - overview");
      browser.click("RegisterVehicleButton");
      browser.click("CancelButton");
      browser.expectPage("Vehicle Management - overview");
      browser.click("RegisterVehicleButton");
      browser.expectPage("Vehicle Management - register vehicle");
      browser.fill("License number", plate);
      browser.fill("Brand", "Volkswagen");
      browser.fill("Type", "Golf");
      browser.choose("SelectedCustomerId", run, customer);
      assertEquals("SelectedCustomerId_input", browser.input("Owner").getAttribute("id"));
      browser.screenshot("04-register-vehicle");
      browser.click("SubmitButton");
      browser.expectPage("Vehicle Management - overview");
      browser.search(plate);
      browser.clickCell(plate);
      browser.expectPage("Vehicle Management - details");
      assertEquals(plate, browser.text("LicenseNumber"));
      assertEquals(customer, browser.text("Owner"), "the owner's name, from the customer API");
      browser.screenshot("05-vehicle-details");
      browser.click("BackButton");

      // 3. Schedule a job today
      browser.click("MainMenu.WorkshopManagement");
      browser.expectPage("Workshop Management - overview");
      browser.click("RegisterMaintenanceJobButton");
      browser.expectPage("Workshop Management - schedule maintenance");
      assertEquals("08:00", browser.value("StartTime"), "the original's default start");
      assertEquals("10:00", browser.value("EndTime"), "the original's default end");
      browser.click("CancelButton");
      browser.expectPage("Workshop Management - overview");
      browser.click("RegisterMaintenanceJobButton");
      browser.fill("Start Time", "08:00");
      browser.fill("End Time", "12:00");
      browser.fill("Description", description);
      // The workshop learns of the vehicle from its event: type its license number until it is
      // offered.
      browser.chooseWhenOffered(
          "SelectedVehicleLicenseNumber",
          plate.substring(0, 4).toLowerCase(),
          "Volkswagen Golf [" + plate + "]",
          Duration.ofSeconds(30));
      browser.screenshot("06-schedule");
      browser.click("SubmitButton");
      browser.expectPage("Workshop Management - overview");
      browser.screenshot("07-day-planned");
      browser.clickCell(description);
      browser.expectPage("Workshop Management - details");
      assertEquals("Planned", browser.text("JobStatus"));
      assertEquals("08:00", browser.text("StartTime"));
      assertEquals("12:00", browser.text("EndTime"));
      assertEquals("Volkswagen Golf [" + plate + "]", browser.text("Vehicle"));
      assertEquals(customer + " [030-1234567]", browser.text("Owner"));
      browser.click("BackButton");

      // 4. Complete it: a mechanic's work. Office staff do not get the button; one person in all
      // roles does it with the same login.
      browser.click("MainMenu.WorkshopManagement");
      browser.clickCell(description);
      if (user.equals("office")) {
        assertFalse(browser.present("CompleteButton"), "office staff do not complete jobs");
        browser.logInAs("mechanic");
        browser.screenshot("08-mechanic");
        assertFalse(browser.present("MainMenu.CustomerManagement"), "mechanics see no customers");
        browser.click("MainMenu.WorkshopManagement");
        browser.clickCell(description);
      } else {
        assertTrue(browser.present("MainMenu.AuditLog"), "one login sees every module");
      }
      assertEquals("Planned", browser.text("JobStatus"));
      browser.click("CompleteButton");
      browser.expectPage("Workshop Management - finish maintenance job");
      assertEquals("08:00", browser.value("ActualStartTime"), "prefilled with the planned start");
      browser.fill("Started at", "08:00");
      browser.fill("Completed at", "11:00");
      browser.fill("Mechanic notes", "Mechanic notes " + run);
      browser.screenshot("08-finish");
      browser.click("CompleteButton");
      browser.expectPage("Workshop Management - details");
      assertEquals("Completed", browser.text("JobStatus"));
      assertEquals("Mechanic notes " + run, browser.text("Notes"));
      assertFalse(browser.present("CompleteButton"), "a completed job cannot be completed again");
      browser.click("BackButton");

      // 5. Verify
      browser.click("MainMenu.WorkshopManagement");
      browser.screenshot("09-day-completed");
      assertTrue(
          browser.pageSource().contains("completedjob"), "the completed job's row is greyed");
      browser.clickCell(description);
      assertEquals("Completed", browser.text("JobStatus"));
      browser.screenshot("10-job-completed");
      browser.click("BackButton");
      browser.expectPage("Workshop Management - overview");
    }
  }
}
