package it.nl.pitstop.system.webapp;

import static it.nl.pitstop.system.Pitstop.CUSTOMER;
import static it.nl.pitstop.system.Pitstop.VEHICLE;
import static it.nl.pitstop.system.Pitstop.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.nl.pitstop.system.SideBySide;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web app's forms with values no one should send: huge text past the inputs' maxlength, control
 * characters, markup, impossible times, set the way a tampered page would (the inputs' values
 * written directly, so neither maxlength nor typing limits them). Each answer is the same form
 * again with messages, never an error page; markup is shown as text, never run; nothing is stored.
 * Pages given invalid dates and ids in their address answer without a server error.
 */
@SideBySide
class BadFormInputIT {

  static final String RUN = TestData.runId();
  static final String MARK = "BadForm" + RUN;
  static final String HUGE = (MARK + " <b>huge</b> ").repeat(400);
  static final String MARKUP = "<script>window.pwned=1</script><img id=\"injected\" src=x>";

  /** Set by the API for the forms that need a vehicle and a job; valid, so stored. */
  static final String OWNER = "bad-form-" + RUN;

  static final String PLATE = TestData.plate().toUpperCase();
  static final LocalDate DAY =
      LocalDate.of(2300, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
  static final UUID JOB = UUID.randomUUID();

  @BeforeAll
  static void aCustomerVehicleAndJob() throws Exception {
    JsonObject customer =
        Json.createObjectBuilder()
            .add("customerId", OWNER)
            .add("name", "Owner " + RUN)
            .add("address", "Kerkstraat 1")
            .add("postalCode", "1000 AA")
            .add("city", "Amsterdam")
            .add("telephoneNumber", "020-7654321")
            .add("emailAddress", "owner@example.com")
            .build();
    assertEquals(201, CUSTOMER.post("api/customers", customer.toString()).statusCode());
    JsonObject vehicle =
        Json.createObjectBuilder()
            .add("licenseNumber", PLATE)
            .add("brand", "Toyota")
            .add("type", "Corolla")
            .add("ownerId", OWNER)
            .build();
    assertEquals(201, VEHICLE.post("api/vehicles", vehicle.toString()).statusCode());
    String job =
        """
        {"jobId": "%s", "startTime": "%sT08:00", "endTime": "%sT09:00",
         "customerInfo": {"id": "%s", "name": "Owner %s", "telephoneNumber": "020-7654321"},
         "vehicleInfo": {"licenseNumber": "%s", "brand": "Toyota", "type": "Corolla"},
         "description": "Planned %s"}
        """
            .formatted(JOB, DAY, DAY, OWNER, RUN, PLATE, RUN);
    HttpResponse<String> planned = WORKSHOP.post("api/workshopplanning/" + DAY + "/jobs", job);
    assertEquals(201, planned.statusCode(), planned.body());
    HttpJson.eventually(
        Duration.ofSeconds(30),
        "vehicle in the workshop's reference data",
        () -> WORKSHOP.get("api/refdata/vehicles/" + PLATE).statusCode() == 200);
  }

  @Test
  void theCustomerFormRefusesBadValuesWithMessages() {
    Map<String, String> valid = new LinkedHashMap<>();
    valid.put("Name", MARK);
    valid.put("Address", "Kerkstraat 1");
    valid.put("PostalCode", "1000 AA");
    valid.put("City", "Amsterdam");
    valid.put("TelephoneNumber", "020-7654321");
    valid.put("EmailAddress", "someone@example.com");
    try (Browser browser = Browser.open("bad-customer-form")) {
      int cases = 0;
      for (String field : valid.keySet()) {
        for (String bad : field.equals("Name") ? badText("") : List.of(HUGE)) {
          Map<String, String> values = new LinkedHashMap<>(valid);
          values.put(field, bad);
          browser.go("/customers/register.xhtml");
          submitRefused(browser, values, "SubmitButton", field + " = " + shown(bad));
          cases++;
        }
      }
      Map<String, String> values = new LinkedHashMap<>(valid);
      values.put("Name", MARKUP + MARK);
      values.put("EmailAddress", MARKUP + "@x");
      browser.go("/customers/register.xhtml");
      submitRefused(browser, values, "SubmitButton", "markup and an invalid e-mail address");
      assertEquals(MARKUP + MARK, browser.value("Name"), "the markup is kept as text");
      assertTrue(cases > 10, "cases: " + cases);
    }
    assertFalse(
        HttpJson.ok(CUSTOMER.get("api/customers?search=" + MARK)).toString().contains(MARK),
        "no customer was registered by a refused form");
  }

  @Test
  void theVehicleFormRefusesBadValuesWithMessages() {
    Map<String, String> valid = new LinkedHashMap<>();
    valid.put("LicenseNumber", TestData.plate());
    valid.put("Brand", MARK);
    valid.put("Type", "Corolla");
    try (Browser browser = Browser.open("bad-vehicle-form")) {
      for (String field : valid.keySet()) {
        List<String> bads =
            field.equals("LicenseNumber")
                ? List.of("<script>alert(1)</script>", "AB\u0000-12-CD", "x".repeat(5000))
                : field.equals("Brand")
                    ? List.of(HUGE, "bell\u0007", "nul\u0000byte")
                    : List.of(HUGE);
        for (String bad : bads) {
          Map<String, String> values = new LinkedHashMap<>(valid);
          values.put(field, bad);
          browser.go("/vehicles/register.xhtml?ownerId=" + OWNER);
          submitRefused(browser, values, "SubmitButton", field + " = " + shown(bad));
        }
      }
    }
    assertFalse(
        HttpJson.ok(VEHICLE.get("api/vehicles?search=" + MARK)).toString().contains(MARK),
        "no vehicle was registered by a refused form");
    assertEquals(
        404,
        VEHICLE.get("api/vehicles/" + valid.get("LicenseNumber")).statusCode(),
        "not this one");
  }

  @Test
  void theScheduleFormRefusesBadValuesWithMessages() {
    LocalDate day = DAY.plusDays(1);
    Map<String, String> valid = new LinkedHashMap<>();
    valid.put("StartTime", "10:00");
    valid.put("EndTime", "11:00");
    valid.put("Description", MARK);
    try (Browser browser = Browser.open("bad-schedule-form")) {
      for (String field : valid.keySet()) {
        List<String> bads =
            switch (field) {
              case "StartTime" -> List.of("25:99", "08:00'; DROP TABLE x;--", "\u0007");
              case "EndTime" -> List.of("<b>8</b>");
              default -> List.of(HUGE, MARK + "nul\u0000byte");
            };
        for (String bad : bads) {
          Map<String, String> values = new LinkedHashMap<>(valid);
          values.put(field, bad);
          browser.go("/workshop/schedule.xhtml?planningDate=" + day);
          browser.chooseWhenOffered(
              "SelectedVehicleLicenseNumber", PLATE, "[" + PLATE + "]", Duration.ofSeconds(30));
          submitRefused(browser, values, "SubmitButton", field + " = " + shown(bad));
        }
      }
    }
    assertEquals(
        404,
        WORKSHOP.get("api/workshopplanning/" + day).statusCode(),
        "no job was planned by a refused form");
  }

  @Test
  void theFinishFormRefusesBadValuesWithMessages() {
    Map<String, String> valid = new LinkedHashMap<>();
    valid.put("ActualStartTime", "08:05");
    valid.put("ActualEndTime", "09:10");
    valid.put("Notes", MARK);
    try (Browser browser = Browser.open("bad-finish-form", "mechanic")) {
      for (String field : valid.keySet()) {
        List<String> bads =
            switch (field) {
              case "ActualStartTime" -> List.of("99:99", "\u0000");
              case "ActualEndTime" -> List.of("0805");
              default -> List.of(HUGE, "a\u0000b");
            };
        for (String bad : bads) {
          Map<String, String> values = new LinkedHashMap<>(valid);
          values.put(field, bad);
          browser.go("/workshop/finish.xhtml?planningDate=" + DAY + "&jobId=" + JOB);
          submitRefused(browser, values, "CompleteButton", field + " = " + shown(bad));
        }
      }
    }
    JsonObject job =
        HttpJson.ok(WORKSHOP.get("api/workshopplanning/" + DAY + "/jobs/" + JOB)).asJsonObject();
    assertTrue(job.isNull("actualStartTime"), "the job is still open: " + job);
  }

  @Test
  void pagesWithInvalidDatesAndIdsInTheirAddressAnswerWithoutAServerError() throws Exception {
    Map<String, HttpClient> users = new HashMap<>();
    for (String user : List.of("office", "mechanic", "admin")) {
      users.put(user, WebLogin.as(user));
    }
    int checked = 0;
    for (String page :
        List.of(
            "/workshop/index.xhtml?planningDate=",
            "/workshop/week.xhtml?weekOf=",
            "/invoices/index.xhtml?page=",
            "/workshop/schedule.xhtml?planningDate=",
            "/workshop/job.xhtml?jobId=" + JOB + "&planningDate=",
            "/workshop/finish.xhtml?jobId=" + JOB + "&planningDate=",
            "/customers/details.xhtml?id=",
            "/vehicles/details.xhtml?licenseNumber=",
            "/invoices/details.xhtml?id=",
            "/auditlog/index.xhtml?from=")) {
      for (String value :
          List.of(
              "2026-02-30",
              "9999999-01-01",
              "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
              "'%20OR%201=1--",
              "%00",
              "%ff",
              "x".repeat(3000))) {
        HttpResponse<String> answer =
            users
                .get(userFor(page))
                .send(
                    HttpRequest.newBuilder(URI.create(Browser.WEB_APP + page + value)).build(),
                    HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.statusCode() < 500, page + value + " answered " + answer.statusCode());
        assertFalse(
            answer.statusCode() == 302 || answer.statusCode() == 403,
            page + value + " was not shown to its role: " + answer.statusCode());
        assertFalse(answer.body().contains("<script>alert(1)"), page + value + ": unescaped");
        assertFalse(answer.body().contains("Exception"), page + value + ": a stack trace");
        checked++;
      }
      for (String jobId : List.of("not-a-job", "%3Cb%3E", "%00")) {
        HttpResponse<String> answer =
            users
                .get("mechanic")
                .send(
                    HttpRequest.newBuilder(
                            URI.create(
                                Browser.WEB_APP
                                    + "/workshop/job.xhtml?planningDate="
                                    + DAY
                                    + "&jobId="
                                    + jobId))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.statusCode() < 500, jobId + " answered " + answer.statusCode());
        checked++;
      }
    }
    assertTrue(checked > 80, "checked " + checked);
  }

  /**
   * Faces' own parameters that no page of the web app wrote, on any page, by any method, logged in
   * or not: view states no one can read, client windows, ajax flags and sources, resource names
   * outside the libraries. Each answer is the page anew (a redirect to the address without them), a
   * 4xx, or the page; never a server error, never a stack trace, and the web app's log gets no
   * error and no FFDC incident (docs/adr/0021).
   */
  @Test
  void facesParametersNoPageWroteAnswerWithoutAServerErrorOrAnIncident() throws Exception {
    Path logs =
        Path.of(System.getProperty("pitstop.root", ".."))
            .resolve("webapp-faces/target/liberty/wlp/usr/servers/webapp/logs");
    long severeBefore = severeRecords(logs);
    long incidentsBefore = incidents(logs);
    Map<String, HttpClient> users = new LinkedHashMap<>();
    users.put("anonymous", HttpClient.newHttpClient());
    users.put("garage", WebLogin.as("garage"));
    List<String> pages =
        List.of(
            "/login.xhtml",
            "/",
            "/customers/index.xhtml",
            "/customers/details.xhtml?id=" + OWNER,
            "/vehicles/register.xhtml",
            "/workshop/schedule.xhtml",
            "/workshop/finish.xhtml?jobId=" + JOB + "&planningDate=" + DAY,
            "/auditlog/index.xhtml",
            "/error.xhtml",
            "/not-found.xhtml",
            "/no-such-page.xhtml");
    List<String> parameters =
        List.of(
            "jakarta.faces.ViewState=x",
            "jakarta.faces.ViewState=stateless",
            "jakarta.faces.ViewState=-1%3A-1",
            "jakarta.faces.ViewState=",
            "jakarta%2Efaces.ViewState=x",
            "jakarta.faces.ClientWindow=%00",
            "jakarta.faces.partial.ajax=true",
            "jakarta.faces.partial.ajax=true&jakarta.faces.source=UserMenu%3ALogoutLink"
                + "&jakarta.faces.partial.execute=%40all&jakarta.faces.partial.render=%40all",
            "jakarta.faces.ViewState=x&jakarta.faces.partial.ajax=true&primefaces.nonce=x",
            "jakarta.faces.behavior.event=click&jakarta.faces.partial.event=click",
            "jakarta.faces.partial.resetValues=true&jakarta.faces.source=%3Cb%3E");
    int checked = 0;
    for (Map.Entry<String, HttpClient> user : users.entrySet()) {
      for (String page : pages) {
        for (String parameter : parameters) {
          String address = page + (page.contains("?") ? "&" : "?") + parameter;
          for (String method : List.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS")) {
            HttpResponse<String> answer =
                user.getValue()
                    .send(
                        HttpRequest.newBuilder(URI.create(Browser.WEB_APP + address))
                            .method(method, HttpRequest.BodyPublishers.noBody())
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
            assertAnswered(answer, user.getKey() + " " + method + " " + address);
            if (method.equals("GET") && answer.statusCode() == 303) {
              String location = answer.headers().firstValue("Location").orElseThrow();
              assertFalse(location.contains("faces"), address + " was sent to " + location);
            }
            checked++;
          }
          for (boolean ajax : List.of(false, true)) {
            HttpRequest.Builder post =
                HttpRequest.newBuilder(URI.create(Browser.WEB_APP + page))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(parameter));
            if (ajax) {
              post.header("Faces-Request", "partial/ajax");
            }
            HttpResponse<String> answer =
                user.getValue().send(post.build(), HttpResponse.BodyHandlers.ofString());
            assertAnswered(
                answer, user.getKey() + (ajax ? " ajax " : " ") + "POST " + page + " " + parameter);
            checked++;
          }
        }
      }
      for (String resource :
          List.of(
              "/jakarta.faces.resource/none.js.xhtml",
              "/jakarta.faces.resource/../WEB-INF/web.xml.xhtml",
              "/jakarta.faces.resource/core.js.xhtml?ln=../WEB-INF",
              "/jakarta.faces.resource/core.js.xhtml?ln=%00",
              "/jakarta.faces.resource/core.js.xhtml?ln=primefaces&v=%00",
              "/jakarta.faces.resource/core.js.xhtml?ln=primefaces&loc=..%2F..",
              "/jakarta.faces.resource/..%2F..%2FWEB-INF%2Fweb.xml.xhtml",
              "/jakarta.faces.resource/dynamiccontent.properties.xhtml?ln=primefaces&pfdrid=x",
              "/jakarta.faces.resource/.xhtml")) {
        HttpResponse<String> answer =
            user.getValue()
                .send(
                    HttpRequest.newBuilder(URI.create(Browser.WEB_APP + resource)).build(),
                    HttpResponse.BodyHandlers.ofString());
        assertAnswered(answer, user.getKey() + " " + resource);
        assertFalse(answer.body().contains("<web-app"), resource + ": web.xml was served");
        checked++;
      }
    }
    assertTrue(checked > 1000, "checked " + checked);
    Thread.sleep(1000); // messages.log is written asynchronously
    assertEquals(severeBefore, severeRecords(logs), "errors logged by the web app");
    assertEquals(incidentsBefore, incidents(logs), "FFDC incidents of the web app");
  }

  static void assertAnswered(HttpResponse<String> answer, String what) {
    assertTrue(answer.statusCode() < 500, what + " answered " + answer.statusCode());
    assertFalse(answer.body().contains("Exception"), what + ": a stack trace");
  }

  /** The web app's error records so far, in every messages.log it has written. */
  static long severeRecords(Path logs) throws IOException {
    long severe = 0;
    try (Stream<Path> files = Files.list(logs)) {
      for (Path log :
          files.filter(f -> f.getFileName().toString().startsWith("messages")).toList()) {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
          severe += lines.filter(l -> l.contains("\"loglevel\":\"SEVERE\"")).count();
        }
      }
    }
    return severe;
  }

  static long incidents(Path logs) throws IOException {
    Path ffdc = logs.resolve("ffdc");
    if (!Files.isDirectory(ffdc)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(ffdc)) {
      return files.count();
    }
  }

  /** The local user whose role opens the page (web.xml). */
  static String userFor(String page) {
    if (page.startsWith("/invoices/") || page.startsWith("/auditlog/")) {
      return "admin";
    }
    return page.startsWith("/workshop/finish") ? "mechanic" : "office";
  }

  /** Text values no form may accept for a required field; {@code mark} makes them findable. */
  static List<String> badText(String mark) {
    return List.of(
        HUGE,
        mark + "bell\u0007",
        mark + "nul\u0000byte",
        mark + "\u001b[31mred",
        mark + "del\u007f",
        "   ");
  }

  /**
   * Writes the values straight into the inputs (past maxlength and any client-side check), submits,
   * and expects the same form with at least one message, no error page and nothing run.
   */
  static void submitRefused(
      Browser browser, Map<String, String> values, String button, String what) {
    String heading = browser.pageTitle();
    String form = browser.browserTitle();
    for (Map.Entry<String, String> value : values.entrySet()) {
      browser.script(
          "var e = document.getElementById("
              + Json.createValue(value.getKey())
              + "); e.removeAttribute('maxlength'); e.value = "
              + Json.createValue(value.getValue())
              + ";");
    }
    browser.click(button);
    assertEquals(form, browser.browserTitle(), what + ": the form again, not an error page");
    assertEquals(heading, browser.pageTitle(), what);
    String messages =
        String.valueOf(
            browser.script(
                "return Array.from(document.querySelectorAll('[id$=\"-message\"], #Messages'))"
                    + ".map(e => e.textContent.trim()).filter(t => t).join(' | ');"));
    assertFalse(messages.isBlank(), what + ": a message says what is wrong");
    assertFalse(messages.contains("incident"), what + ": " + messages);
    assertFalse(browser.present("injected"), what + ": no element made from the input");
    assertNull(browser.script("return window.pwned;"), what + ": no script from the input ran");
  }

  static String shown(String value) {
    String visible = value.replaceAll("\\p{Cntrl}", "?");
    return visible.length() > 40
        ? visible.substring(0, 30) + "... (" + value.length() + ")"
        : visible;
  }
}
