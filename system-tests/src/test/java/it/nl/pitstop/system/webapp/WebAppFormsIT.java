package it.nl.pitstop.system.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.nl.pitstop.system.SideBySide;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What office staff see when something is wrong: the original's validation messages beside their
 * fields (decided on the server, so also without JavaScript), an API's refusal as "Unable to
 * register: ..." on the re-shown form with the input and drop-down kept, the not-found page, and
 * user input never executed as markup.
 */
@SideBySide
class WebAppFormsIT {

  @Test
  void customerFormShowsTheOriginalsMessagesWithoutJavaScript() {
    try (Browser browser = Browser.withoutJavaScript("customer-validation")) {
      browser.go("/customers/register.xhtml");
      assertEquals(
          "undefined", browser.script("return typeof PrimeFaces"), "the page's scripts are off");
      browser.click("SubmitButton");
      browser.expectPage("Customer Management - register customer");
      assertEquals("The Name field is required.", browser.fieldMessage("Name"));
      assertEquals("The Address field is required.", browser.fieldMessage("Address"));
      assertEquals("The Postal code field is required.", browser.fieldMessage("PostalCode"));
      assertEquals("The City field is required.", browser.fieldMessage("City"));
      assertEquals("The Phonenumber field is required.", browser.fieldMessage("TelephoneNumber"));
      assertEquals("The Email address field is required.", browser.fieldMessage("EmailAddress"));
      browser.screenshot("required");

      browser.fill("Name", "Piet Puk");
      browser.fill("Email address", "not-an-address");
      browser.click("SubmitButton");
      assertEquals(
          "The Email address field is not a valid e-mail address.",
          browser.fieldMessage("EmailAddress"));
      assertEquals("", browser.fieldMessage("Name"));
      assertEquals("Piet Puk", browser.value("Name"), "the input is kept");
      browser.screenshot("invalid-email");
    }
  }

  @Test
  void vehicleFormKeepsItsOwnersWhenInvalidAndShowsADuplicate() {
    String run = TestData.runId();
    String owner = "Owner " + run;
    String plate = TestData.plate();
    try (Browser browser = Browser.open("vehicle-validation")) {
      registerCustomer(browser, owner);

      browser.go("/vehicles/register.xhtml");
      browser.click("SubmitButton");
      assertEquals("Owner is required", browser.fieldMessage("SelectedCustomerId"));
      browser.choose("SelectedCustomerId", run, owner);
      browser.fill("License number", "123456");
      browser.click("SubmitButton");
      browser.expectPage("Vehicle Management - register vehicle");
      assertEquals(
          "LicenseNumber is not in a valid format.", browser.fieldMessage("LicenseNumber"));
      assertEquals("The Brand field is required.", browser.fieldMessage("Brand"));
      assertEquals("The Type field is required.", browser.fieldMessage("Type"));
      assertTrue(
          browser.value("SelectedCustomerId_input").startsWith(owner + " ("),
          "the owner chosen is kept (the original emptied the drop-down): "
              + browser.value("SelectedCustomerId_input"));
      browser.screenshot("invalid");

      registerVehicle(browser, plate, owner);
      browser.expectPage("Vehicle Management - overview");

      registerVehicle(browser, plate.toLowerCase(), owner);
      browser.expectPage("Vehicle Management - register vehicle");
      assertTrue(browser.formMessages().startsWith("Unable to register: "), browser.formMessages());
      assertTrue(browser.formMessages().contains(plate), browser.formMessages());
      assertEquals(plate.toLowerCase(), browser.value("LicenseNumber"), "the input is kept");
      browser.screenshot("duplicate");
    }
  }

  @Test
  void aPlanningRuleIsShownAsUnableToRegisterWithTheInputKept() {
    String run = TestData.runId();
    String owner = "Rule owner " + run;
    String plate = TestData.plate();
    LocalDate day = LocalDate.of(2400, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(100_000));
    try (Browser browser = Browser.open("planning-rule")) {
      registerCustomer(browser, owner);
      registerVehicle(browser, plate, owner);

      schedule(browser, day, plate, "09:00", "11:00", "First job " + run);
      browser.expectPage("Workshop Management - overview");
      assertEquals(
          day.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")), browser.text("PlanningDate"));

      schedule(browser, day, plate, "10:00", "12:00", "Overlapping job " + run);
      browser.expectPage("Workshop Management - schedule maintenance");
      assertEquals(
          "Unable to register: Only 1 maintenance job can be executed on a vehicle during a certain"
              + " time-slot.",
          browser.formMessages());
      assertEquals("Overlapping job " + run, browser.value("Description"), "the input is kept");
      assertEquals("10:00", browser.value("StartTime"));
      assertEquals(plate, browser.value("SelectedVehicleLicenseNumber_hinput"), "the vehicle kept");
      assertTrue(
          browser.value("SelectedVehicleLicenseNumber_input").endsWith("[" + plate + "]"),
          browser.value("SelectedVehicleLicenseNumber_input"));
      browser.screenshot("overlap");

      browser.fill("End Time", "09:30");
      browser.click("SubmitButton");
      assertEquals(
          "The End Time must be later than the Start Time.", browser.fieldMessage("EndTime"));
      browser.fill("Start Time", "25:99");
      browser.fill("Description", "");
      browser.click("SubmitButton");
      assertEquals(
          "The Start Time field must be a time of day (HH:mm).", browser.fieldMessage("StartTime"));
      assertEquals("The Description field is required.", browser.fieldMessage("Description"));
      browser.screenshot("invalid-times");
    }
  }

  @Test
  void whatAUserTypesIsNeverExecutedAsMarkup() {
    String run = TestData.runId();
    String name = "<script>window.pwned=1</script><b id=\"injected\">Bold " + run + "</b>";
    try (Browser browser = Browser.open("escaping")) {
      registerCustomer(browser, name);
      browser.expectPage("Customer Management - overview");
      assertTrue(browser.pageSource().contains("&lt;script&gt;window.pwned=1"), "escaped");
      assertFalse(browser.present("injected"), "no element made from the input");
      assertNull(browser.script("return window.pwned;"), "no script from the input ran");
      browser.search(run);
      browser.clickCell("Bold " + run);
      browser.expectPage("Customer Management - details");
      assertEquals(name, browser.text("Name"), "shown as typed");
      assertNull(browser.script("return window.pwned;"));
      browser.screenshot("details");
    }
  }

  @Test
  void anUnknownThingOrAddressIsAFriendlyNotFoundPage() throws Exception {
    try (Browser browser = Browser.open("not-found")) {
      browser.go("/customers/details.xhtml?id=no-such-customer");
      browser.expectPage("Not found");
      assertEquals(
          "No customer with id 'no-such-customer' is registered.", browser.text("NotFoundMessage"));
      browser.screenshot("customer");
      browser.go("/workshop/job.xhtml?planningDate=2026-01-01&jobId=not-a-job");
      browser.expectPage("Not found");
      browser.go("/no/such/page.xhtml");
      browser.expectPage("Not found");
      assertFalse(browser.pageSource().contains("Exception"), "no stack trace");
    }
    HttpClient http = WebLogin.as("office");
    for (String path :
        new String[] {"/customers/details.xhtml?id=nobody", "/no/such/page.xhtml", "/nothing"}) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(Browser.WEB_APP + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(404, answer.statusCode(), path);
      assertTrue(answer.body().contains("id=\"PageTitle\">Not found"), path);
    }
  }

  static void registerCustomer(Browser browser, String name) {
    browser.go("/customers/register.xhtml");
    browser.fill("Name", name);
    browser.fill("Address", "Kerkstraat 1");
    browser.fill("Postal code", "1000 AA");
    browser.fill("City", "Amsterdam");
    browser.fill("Phonenumber", "020-7654321");
    browser.fill("Email address", "someone@example.com");
    browser.click("SubmitButton");
  }

  static void registerVehicle(Browser browser, String plate, String owner) {
    browser.go("/vehicles/register.xhtml");
    browser.fill("License number", plate);
    browser.fill("Brand", "Toyota");
    browser.fill("Type", "Corolla");
    browser.choose("SelectedCustomerId", owner, owner);
    browser.click("SubmitButton");
  }

  static void schedule(
      Browser browser, LocalDate day, String plate, String start, String end, String description) {
    browser.go("/workshop/schedule.xhtml?planningDate=" + day);
    browser.fill("Start Time", start);
    browser.fill("End Time", end);
    browser.fill("Description", description);
    browser.chooseWhenOffered(
        "SelectedVehicleLicenseNumber", plate, "[" + plate + "]", Duration.ofSeconds(30));
    browser.click("SubmitButton");
  }
}
