package it.nl.pitstop.system.webapp;

import static it.nl.pitstop.system.Pitstop.CUSTOMER;
import static it.nl.pitstop.system.Pitstop.VEHICLE;
import static it.nl.pitstop.system.Pitstop.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.nl.pitstop.system.Pitstop;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.Test;

/**
 * With an API down, its module shows the original's offline page and the other modules keep
 * working: with the customer API stopped a vehicle is still shown (without its owner's name), and
 * with the customer and vehicle APIs both stopped maintenance can still be scheduled (it needs only
 * the workshop API). When the servers are back, so are the modules.
 */
class WebAppOfflineIT {

  @Test
  void aModuleWhoseApiIsDownIsOfflineAndTheOthersKeepWorking() throws Exception {
    String run = TestData.runId();
    String owner = "Offline owner " + run;
    String plate = TestData.plate();
    LocalDate day = LocalDate.of(2500, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(100_000));
    String customerId = registerThroughTheApis(owner, plate);

    try (Browser browser = Browser.open("offline")) {
      // A form sent while its API is down: said on the form, the input kept, nothing sent twice.
      String newPlate = TestData.plate();
      browser.go("/vehicles/register.xhtml");
      browser.fill("License number", newPlate);
      browser.fill("Brand", "Ford");
      browser.fill("Type", "Kuga");
      browser.choose("SelectedCustomerId", owner, owner);
      Pitstop.tool("server", "stop", "vehicle");
      browser.click("SubmitButton");
      browser.expectPage("Vehicle Management - register vehicle");
      assertEquals(
          "Unable to register: Vehicle Management is offline at the moment. Your input is kept:"
              + " try again soon.",
          browser.formMessages());
      assertEquals(newPlate, browser.value("LicenseNumber"));
      assertEquals("Kuga", browser.value("Type"));
      browser.screenshot("form-while-offline");

      browser.click("MainMenu.VehicleManagement");
      browser.expectPage("Vehicle Management - offline");
      assertEquals("Offline - Pitstop", browser.browserTitle());
      assertEquals(
          "Unfortunately the vehicle management module is offline at the moment. Try again soon.",
          browser.text("OfflineMessage"));
      browser.screenshot("vehicle-offline");
      assertEquals(503, status("/vehicles/"));

      Pitstop.tool("server", "stop", "customer");
      long asked = System.nanoTime();
      browser.click("MainMenu.CustomerManagement");
      System.out.printf(
          "customer module offline page after %d ms%n", (System.nanoTime() - asked) / 1_000_000);
      browser.expectPage("Customer Management - offline");
      assertEquals(
          "Unfortunately the customer management module is offline at the moment. Try again soon.",
          browser.text("OfflineMessage"));
      browser.screenshot("customer-offline");

      // The workshop needs neither: schedule a job for the vehicle it knows.
      WebAppFormsIT.schedule(browser, day, plate, "13:00", "15:00", "While offline " + run);
      browser.expectPage("Workshop Management - overview");
      browser.clickCell("While offline " + run);
      browser.expectPage("Workshop Management - details");
      assertEquals("Planned", browser.text("JobStatus"));
      assertEquals(owner + " [030-1111111]", browser.text("Owner"));
      browser.screenshot("scheduled-while-offline");
      assertEquals(
          200, WORKSHOP.get("api/workshopplanning/" + day).statusCode(), "planned for real");

      // The vehicle API back, the customer API still down: the vehicle without its owner's name.
      Pitstop.tool("server", "start", "vehicle");
      browser.go("/vehicles/details.xhtml?licenseNumber=" + plate);
      browser.reloadUntil(
          Duration.ofSeconds(30),
          () -> "Vehicle Management - details".equals(browser.pageTitle()),
          "the vehicle module back once its API is");
      assertEquals(plate, browser.text("LicenseNumber"));
      assertTrue(
          browser.text("Owner").contains("customer management is offline"), browser.text("Owner"));
      browser.screenshot("vehicle-without-owner");
      assertEquals(
          404,
          VEHICLE.get("api/vehicles/" + newPlate).statusCode(),
          "the form sent while the API was down registered nothing");
    } finally {
      Pitstop.serversAtOnce(List.of("customer", "vehicle"), "start");
    }

    try (Browser browser = Browser.open("back-online")) {
      browser.go("/customers/details.xhtml?id=" + customerId);
      browser.reloadUntil(
          Duration.ofSeconds(30),
          () -> "Customer Management - details".equals(browser.pageTitle()),
          "the customer module back once its API is");
      assertEquals(owner, browser.text("Name"));
    }
  }

  /** A customer and vehicle, registered through the APIs and known to the workshop. */
  private static String registerThroughTheApis(String owner, String plate) throws Exception {
    HttpResponse<String> customer =
        CUSTOMER.post(
            "api/customers",
            "{\"name\":\""
                + owner
                + "\",\"address\":\"Dorpsstraat 2\",\"postalCode\":\"1234 AB\",\"city\":\"Delft\","
                + "\"telephoneNumber\":\"030-1111111\",\"emailAddress\":\"offline@example.com\"}");
    assertEquals(201, customer.statusCode(), customer.body());
    String customerId = HttpJson.json(customer).asJsonObject().getString("customerId");
    HttpResponse<String> vehicle =
        VEHICLE.post(
            "api/vehicles",
            "{\"licenseNumber\":\""
                + plate
                + "\",\"brand\":\"Ford\",\"type\":\"Focus\",\"ownerId\":\""
                + customerId
                + "\"}");
    assertEquals(201, vehicle.statusCode(), vehicle.body());
    HttpJson.eventually(
        Duration.ofSeconds(30),
        "the workshop knows " + plate + " and its owner",
        () ->
            WORKSHOP.get("api/refdata/vehicles/" + plate).statusCode() == 200
                && WORKSHOP.get("api/refdata/customers/" + customerId).statusCode() == 200);
    return customerId;
  }

  private static int status(String path) throws Exception {
    return WebLogin.as("office")
        .send(
            HttpRequest.newBuilder(URI.create(Browser.WEB_APP + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
