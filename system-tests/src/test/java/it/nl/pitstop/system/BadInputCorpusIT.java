package it.nl.pitstop.system;

import static it.nl.pitstop.system.BadInputCorpus.Field.of;
import static it.nl.pitstop.system.BadInputCorpus.Field.text;
import static it.nl.pitstop.system.Pitstop.CUSTOMER;
import static it.nl.pitstop.system.Pitstop.HANDLERS;
import static it.nl.pitstop.system.Pitstop.VEHICLE;
import static it.nl.pitstop.system.Pitstop.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import it.nl.pitstop.system.BadInputCorpus.Case;
import it.nl.pitstop.system.BadInputCorpus.Expect;
import it.nl.pitstop.system.BadInputCorpus.Field;
import it.nl.pitstop.system.BadInputCorpus.Kind;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A generated corpus of bad requests against every endpoint of the four APIs ({@link
 * BadInputCorpus}): each is answered with a 4xx and a problem body whose status is the answer's,
 * never a 5xx. A few valid requests carry hostile but legitimate text (SQL, markup, quotes, emoji,
 * tabs and newlines) and get it back verbatim. Afterwards the data is exactly what those valid
 * requests made: the same customers, vehicles, reference data and invoices as before plus theirs,
 * and their events alone in the audit log.
 */
class BadInputCorpusIT {

  static final Duration PROPAGATION = Duration.ofSeconds(20);

  static final String SQL = "Robert'); DROP TABLE customer;--";
  static final String MARKUP = "<script>alert('x')</script>";

  static final String RUN = Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));

  /** Made by the valid requests. */
  static final String CUSTOMER_ID = "bad-input-" + RUN;

  static final String PLATE = VehicleRegistrationFlowIT.newLicenseNumber().toUpperCase();
  static final LocalDate DAY =
      LocalDate.of(
          2090 + ThreadLocalRandom.current().nextInt(9),
          1 + ThreadLocalRandom.current().nextInt(12),
          1 + ThreadLocalRandom.current().nextInt(27));
  static final UUID JOB = UUID.randomUUID();

  /** Named in every bad request, and so never made. */
  static final String BAD_CUSTOMER_ID = "bad-input-refused-" + RUN;

  static final String BAD_PLATE = VehicleRegistrationFlowIT.newLicenseNumber().toUpperCase();
  static final LocalDate BAD_DAY = DAY.plusDays(1);

  static final JsonObject VALID_CUSTOMER =
      Json.createObjectBuilder()
          .add("customerId", CUSTOMER_ID)
          .add("name", SQL)
          .add("address", MARKUP + " & \"quoted\" \\ back\tslash\nline two")
          .add("postalCode", "1234 <b>")
          .add("city", "Zoë's 🚗 Den Haag")
          .add("telephoneNumber", "+31 (0)6 '1234'")
          .add("emailAddress", "o'brien+tag@example.com")
          .build();

  static final JsonObject VALID_VEHICLE =
      Json.createObjectBuilder()
          .add("licenseNumber", PLATE)
          .add("brand", "<img src=x onerror=alert(1)>")
          .add("type", "'; DROP TABLE vehicle;--")
          .add("ownerId", CUSTOMER_ID)
          .build();

  static final JsonObject VALID_JOB =
      Json.createObjectBuilder()
          .add("jobId", JOB.toString())
          .add("startTime", DAY.atTime(8, 0).toString())
          .add("endTime", DAY.atTime(9, 30).toString())
          .add(
              "customerInfo",
              Json.createObjectBuilder()
                  .add("id", CUSTOMER_ID)
                  .add("name", SQL)
                  .add("telephoneNumber", "<b>0612</b>"))
          .add(
              "vehicleInfo",
              Json.createObjectBuilder()
                  .add("licenseNumber", PLATE)
                  .add("brand", MARKUP.substring(0, 20))
                  .add("type", "' OR '1'='1"))
          .add("description", MARKUP + "\n" + SQL + " ünïcødé 🚗")
          .build();

  static final JsonObject VALID_FINISH =
      Json.createObjectBuilder()
          .add("startTime", DAY.atTime(8, 5).toString())
          .add("endTime", DAY.atTime(9, 40).toString())
          .add("notes", "Done " + MARKUP + "\r\n'; DROP TABLE events;--\tok")
          .build();

  // Templates of the bad requests: valid apart from what a case changes, naming the BAD_ ids.

  static final JsonObject CUSTOMER_TEMPLATE =
      Json.createObjectBuilder()
          .add("customerId", BAD_CUSTOMER_ID)
          .add("name", "Bad Input")
          .add("address", "Stationsweg 3")
          .add("postalCode", "9999 ZZ")
          .add("city", "Utrecht")
          .add("telephoneNumber", "0612345678")
          .add("emailAddress", "bad@example.com")
          .build();

  static final List<Field> CUSTOMER_FIELDS =
      List.of(
          text(
              "/customerId",
              false,
              50,
              "\"has space\"",
              "\"x'; DROP TABLE customer;--\"",
              "\"<script>\"",
              "\"ünï\"",
              "\"a/b\"",
              "\"\""),
          text("/name", true, 100),
          text("/address", true, 200),
          text("/postalCode", true, 20),
          text("/city", true, 100),
          text("/telephoneNumber", true, 30),
          text(
              "/emailAddress",
              true,
              254,
              "\"not-an-email\"",
              "\"a@b\"",
              "\"@example.com\"",
              "\"a@@example.com\"",
              "\"a b@example.com\"",
              "\"<script>@x\"",
              "\"x@example.com'; DROP TABLE customer;--\""));

  static final JsonObject VEHICLE_TEMPLATE =
      Json.createObjectBuilder()
          .add("licenseNumber", BAD_PLATE)
          .add("brand", "Volvo")
          .add("type", "V70")
          .add("ownerId", BAD_CUSTOMER_ID)
          .build();

  static final List<String> INVALID_PLATES =
      List.of(
          "\"AB12CD\"",
          "\"<script>alert(1)</script>\"",
          "\"'; DROP TABLE vehicle;--\"",
          "\"AB-12-CD-EF\"",
          "\"ABCD-1-2\"",
          "\"A B-12-CD\"");

  static final List<Field> VEHICLE_FIELDS =
      List.of(
          new Field("/licenseNumber", Kind.TEXT, true, 0, INVALID_PLATES),
          text("/brand", true, 50),
          text("/type", true, 50),
          text("/ownerId", true, 50, "\"x y\"", "\"'; DROP TABLE vehicle;--\"", "\"<b>\""));

  static final JsonObject JOB_TEMPLATE =
      Json.createObjectBuilder()
          .add("jobId", UUID.randomUUID().toString())
          .add("startTime", BAD_DAY.atTime(8, 0).toString())
          .add("endTime", BAD_DAY.atTime(9, 0).toString())
          .add(
              "customerInfo",
              Json.createObjectBuilder()
                  .add("id", BAD_CUSTOMER_ID)
                  .add("name", "Bad Input")
                  .add("telephoneNumber", "0612345678"))
          .add(
              "vehicleInfo",
              Json.createObjectBuilder()
                  .add("licenseNumber", BAD_PLATE)
                  .add("brand", "Volvo")
                  .add("type", "V70"))
          .add("description", "Bad input")
          .build();

  static final List<Field> JOB_FIELDS =
      List.of(
          of("/jobId", Kind.UUID, true),
          of("/startTime", Kind.DATE_TIME, true),
          of("/endTime", Kind.DATE_TIME, true),
          of("/customerInfo", Kind.OBJECT, true),
          text("/customerInfo/id", true, 50),
          text("/customerInfo/name", true, 100),
          text("/customerInfo/telephoneNumber", false, 30),
          of("/vehicleInfo", Kind.OBJECT, true),
          new Field("/vehicleInfo/licenseNumber", Kind.TEXT, true, 20, INVALID_PLATES),
          text("/vehicleInfo/brand", false, 50),
          text("/vehicleInfo/type", false, 50),
          text("/description", false, 1000));

  static final JsonObject FINISH_TEMPLATE =
      Json.createObjectBuilder()
          .add("startTime", DAY.atTime(8, 10).toString())
          .add("endTime", DAY.atTime(9, 50).toString())
          .add("notes", "Bad input")
          .build();

  static final List<Field> FINISH_FIELDS =
      List.of(
          of("/startTime", Kind.DATE_TIME, true),
          of("/endTime", Kind.DATE_TIME, true),
          text("/notes", false, 2000));

  static final List<String> BAD_DATES =
      List.of(
          "2026-02-30",
          "2026-13-01",
          "2026-1-1",
          "01-12-2026",
          "tomorrow",
          "2026-12-01T08:00",
          "99999-01-01",
          "'%20OR%20'1'='1",
          "%3Cb%3Ex%3C%2Fb%3E",
          "x".repeat(3000),
          "null");

  record Snapshot(
      Map<String, JsonObject> customers,
      Map<String, JsonObject> vehicles,
      Map<String, JsonObject> refCustomers,
      Map<String, JsonObject> refVehicles,
      Set<String> invoices) {

    static Snapshot take() {
      return new Snapshot(
          byKey(CUSTOMER.everyPage("api/customers"), "customerId"),
          byKey(VEHICLE.everyPage("api/vehicles"), "licenseNumber"),
          byKey(WORKSHOP.everyPage("api/refdata/customers"), "customerId"),
          byKey(WORKSHOP.everyPage("api/refdata/vehicles"), "licenseNumber"),
          invoiceIds());
    }

    private static Map<String, JsonObject> byKey(
        List<? extends jakarta.json.JsonValue> items, String key) {
      return items.stream()
          .map(JsonObject.class::cast)
          .collect(Collectors.toMap(o -> o.getString(key), o -> o, (a, b) -> a));
    }

    private static Set<String> invoiceIds() {
      Set<String> ids = new TreeSet<>();
      for (int page = 0; ; page++) {
        JsonArray found =
            HttpJson.ok(HANDLERS.get("api/invoices?size=500&page=" + page)).asJsonArray();
        found.stream().map(JsonObject.class::cast).forEach(i -> ids.add(i.getString("invoiceId")));
        if (found.size() < 500) {
          return ids;
        }
      }
    }
  }

  /**
   * The scenario, one step after the other in one test: the data before, the valid requests, the
   * corpus against each API, the job finished, and the data afterwards compared with before. Each
   * step is reported on its own; what one step hands the next is local to this run.
   */
  @TestFactory
  Stream<DynamicNode> badRequestsChangeNothingButTheValidRequestsDo() {
    AtomicReference<Snapshot> before = new AtomicReference<>();
    return Stream.of(
        dynamicTest("the data before, and two fresh days", () -> before.set(freshStart())),
        dynamicTest(
            "a hostile but valid customer and vehicle are stored verbatim",
            this::hostileButValidCustomerAndVehicleAreStoredVerbatim),
        dynamicTest(
            "a hostile but valid job is planned verbatim",
            this::aHostileButValidJobIsPlannedVerbatim),
        dynamicContainer("the customer API refuses", customerApi()),
        dynamicContainer("the vehicle API refuses", vehicleApi()),
        dynamicContainer("the workshop API refuses", workshopApi()),
        dynamicContainer("the handlers API refuses", handlersApi()),
        dynamicTest(
            "the job is finished with hostile notes verbatim",
            this::theJobIsFinishedWithHostileNotesVerbatim),
        dynamicTest(
            "the data is exactly what the valid requests made",
            () ->
                theDataIsExactlyWhatTheValidRequestsMade(
                    Objects.requireNonNull(before.get(), "the first step's snapshot"))));
  }

  static Snapshot freshStart() {
    Snapshot before = Snapshot.take();
    assertEquals(404, WORKSHOP.get("api/workshopplanning/" + DAY).statusCode(), "a fresh day");
    assertEquals(404, WORKSHOP.get("api/workshopplanning/" + BAD_DAY).statusCode());
    return before;
  }

  // ---------------------------------------------------------------- valid, hostile requests

  void hostileButValidCustomerAndVehicleAreStoredVerbatim() {
    HttpResponse<String> customer = CUSTOMER.post("api/customers", VALID_CUSTOMER.toString());
    assertEquals(201, customer.statusCode(), customer.body());
    assertSameFields(VALID_CUSTOMER, HttpJson.json(customer).asJsonObject());
    assertSameFields(
        VALID_CUSTOMER, HttpJson.ok(CUSTOMER.get("api/customers/" + CUSTOMER_ID)).asJsonObject());

    HttpResponse<String> vehicle = VEHICLE.post("api/vehicles", VALID_VEHICLE.toString());
    assertEquals(201, vehicle.statusCode(), vehicle.body());
    assertSameFields(
        VALID_VEHICLE, HttpJson.ok(VEHICLE.get("api/vehicles/" + PLATE)).asJsonObject());
  }

  void aHostileButValidJobIsPlannedVerbatim() throws InterruptedException {
    // As the office plans: for a vehicle the workshop knows. The job's vehicle data differ from the
    // registration's; a job handled first would give the reference data its vehicle (first wins).
    HttpJson.eventually(
        PROPAGATION,
        "the vehicle in the workshop's reference data",
        () -> WORKSHOP.get("api/refdata/vehicles/" + PLATE).statusCode() == 200);
    HttpResponse<String> planned =
        WORKSHOP.post("api/workshopplanning/" + DAY + "/jobs", VALID_JOB.toString());
    assertEquals(201, planned.statusCode(), planned.body());
    JsonObject job = job();
    assertEquals(VALID_JOB.getString("description"), job.getString("description"));
    assertEquals(SQL, job.getJsonObject("customer").getString("name"));
    assertEquals("<b>0612</b>", job.getJsonObject("customer").getString("telephoneNumber"));
    assertEquals(MARKUP.substring(0, 20), job.getJsonObject("vehicle").getString("brand"));
    assertEquals("' OR '1'='1", job.getJsonObject("vehicle").getString("type"));
  }

  // ---------------------------------------------------------------- the corpus

  Stream<DynamicTest> customerApi() {
    List<Case> cases = new ArrayList<>();
    cases.addAll(
        BadInputCorpus.bodies(
            CUSTOMER, "POST", "api/customers", CUSTOMER_TEMPLATE, CUSTOMER_FIELDS, true, true));
    cases.addAll(ids(CUSTOMER, "api/customers/"));
    cases.addAll(
        BadInputCorpus.routes(CUSTOMER, List.of("api/customers"), List.of("api/customers/x")));
    cases.addAll(BadInputCorpus.paging(CUSTOMER, "api/customers", true));
    return run(cases);
  }

  Stream<DynamicTest> vehicleApi() {
    List<Case> cases = new ArrayList<>();
    cases.addAll(
        BadInputCorpus.bodies(
            VEHICLE, "POST", "api/vehicles", VEHICLE_TEMPLATE, VEHICLE_FIELDS, true, true));
    cases.addAll(ids(VEHICLE, "api/vehicles/"));
    cases.addAll(
        BadInputCorpus.routes(VEHICLE, List.of("api/vehicles"), List.of("api/vehicles/x")));
    cases.addAll(BadInputCorpus.paging(VEHICLE, "api/vehicles", true));
    return run(cases);
  }

  Stream<DynamicTest> workshopApi() {
    String jobs = "api/workshopplanning/" + BAD_DAY + "/jobs";
    String finish = "api/workshopplanning/" + DAY + "/jobs/" + JOB + "/finish";
    List<Case> cases = new ArrayList<>();
    cases.addAll(
        BadInputCorpus.bodies(WORKSHOP, "POST", jobs, JOB_TEMPLATE, JOB_FIELDS, true, true));
    cases.addAll(
        BadInputCorpus.bodies(WORKSHOP, "PUT", finish, FINISH_TEMPLATE, FINISH_FIELDS, true, true));
    for (String date : BAD_DATES) {
      String name = "invalid date " + BadInputCorpus.abbreviate(date);
      cases.add(get(WORKSHOP, "api/workshopplanning/" + date, name));
      cases.add(get(WORKSHOP, "api/workshopplanning/" + date + "/jobs/" + JOB, name));
      cases.add(
          new Case(
              name,
              WORKSHOP,
              "POST",
              "api/workshopplanning/" + date + "/jobs",
              BadInputCorpus.JSON,
              JOB_TEMPLATE.toString()));
      cases.add(
          new Case(
              name,
              WORKSHOP,
              "PUT",
              "api/workshopplanning/" + date + "/jobs/" + JOB + "/finish",
              BadInputCorpus.JSON,
              FINISH_TEMPLATE.toString()));
    }
    for (String jobId :
        List.of(
            "not-a-uuid",
            JOB.toString().replace("-", ""),
            UUID.randomUUID().toString(),
            "%3Cscript%3E",
            "'%20OR%201=1--")) {
      String name = "job id " + jobId;
      cases.add(get(WORKSHOP, "api/workshopplanning/" + DAY + "/jobs/" + jobId, name));
      cases.add(
          new Case(
              name,
              WORKSHOP,
              "PUT",
              "api/workshopplanning/" + DAY + "/jobs/" + jobId + "/finish",
              BadInputCorpus.JSON,
              FINISH_TEMPLATE.toString()));
    }
    cases.add(get(WORKSHOP, "api/workshopplanning/" + BAD_DAY, "a day without planning"));
    cases.addAll(ids(WORKSHOP, "api/refdata/customers/"));
    cases.addAll(ids(WORKSHOP, "api/refdata/vehicles/"));
    cases.addAll(BadInputCorpus.paging(WORKSHOP, "api/refdata/customers", false));
    cases.addAll(BadInputCorpus.paging(WORKSHOP, "api/refdata/vehicles", true));
    cases.addAll(
        BadInputCorpus.routes(
            WORKSHOP,
            List.of(jobs, "api/refdata/customers", "api/refdata/vehicles"),
            List.of("api/workshopplanning/" + BAD_DAY, "api/refdata/customers/x")));
    return run(cases);
  }

  Stream<DynamicTest> handlersApi() {
    List<Case> cases = new ArrayList<>();
    cases.addAll(
        BadInputCorpus.bodies(
            HANDLERS,
            "POST",
            "api/time/day-has-passed",
            Json.createObjectBuilder().add("date", BAD_DAY.toString()).build(),
            List.of(of("/date", Kind.DATE, false)),
            false,
            false));
    cases.addAll(ids(HANDLERS, "api/invoices/"));
    List<String> queries =
        new ArrayList<>(
            List.of(
                "page=-1",
                "page=abc",
                "page=1000001",
                "page=99999999999",
                "size=0",
                "size=501",
                "size=-5",
                "size=1e3",
                "size=%00"));
    for (String query : List.copyOf(queries)) {
      cases.add(get(HANDLERS, "api/invoices?" + query, "query " + query));
    }
    queries.addAll(
        List.of(
            "from=yesterday",
            "from=2026-02-30",
            "to=2026-13-01",
            "from=2026-12-01T25:00:00Z",
            "to=2026-12-01T08:00",
            "from='%20OR%201=1--",
            "from=%3Cscript%3E",
            "to=%00",
            "from=" + "9".repeat(3000),
            "type=A&".repeat(21)));
    for (String query : queries) {
      cases.add(
          get(HANDLERS, "api/auditlog?" + query, "query " + BadInputCorpus.abbreviate(query)));
    }
    cases.addAll(
        BadInputCorpus.routes(
            HANDLERS,
            List.of("api/invoices", "api/auditlog", "api/time/day-has-passed"),
            List.of("api/invoices/x")));
    return run(cases);
  }

  // ---------------------------------------------------------------- afterwards

  void theJobIsFinishedWithHostileNotesVerbatim() {
    HttpResponse<String> finished =
        WORKSHOP.send(
            HttpRequest.newBuilder(
                    WORKSHOP.uri("api/workshopplanning/" + DAY + "/jobs/" + JOB + "/finish"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(VALID_FINISH.toString())));
    assertEquals(200, finished.statusCode(), finished.body());
    JsonObject job = job();
    assertEquals(VALID_FINISH.getString("notes"), job.getString("notes"));
    assertEquals(
        LocalDateTime.parse(VALID_FINISH.getString("startTime")),
        LocalDateTime.parse(job.getString("actualStartTime")));
  }

  void theDataIsExactlyWhatTheValidRequestsMade(Snapshot before) throws Exception {
    HttpJson.eventually(
        PROPAGATION,
        "the new customer and vehicle in the workshop's reference data",
        () -> {
          Snapshot now = Snapshot.take();
          return now.refCustomers().containsKey(CUSTOMER_ID)
              && now.refVehicles().containsKey(PLATE);
        });
    HttpJson.eventually(
        PROPAGATION,
        "the valid requests' events in the audit log",
        () ->
            audit(CUSTOMER_ID).equals(List.of("CustomerRegistered"))
                && audit(PLATE).equals(List.of("VehicleRegistered"))
                && audit(DAY.toString()).contains("MaintenanceJobFinished"));
    Snapshot after = Snapshot.take();

    assertSameData(before.customers(), after.customers(), CUSTOMER_ID, "customers");
    assertSameFields(VALID_CUSTOMER, after.customers().get(CUSTOMER_ID));
    assertSameData(before.vehicles(), after.vehicles(), PLATE, "vehicles");
    assertSameFields(VALID_VEHICLE, after.vehicles().get(PLATE));
    assertSameData(before.refCustomers(), after.refCustomers(), CUSTOMER_ID, "refdata customers");
    assertEquals(SQL, after.refCustomers().get(CUSTOMER_ID).getString("name"));
    assertSameData(before.refVehicles(), after.refVehicles(), PLATE, "refdata vehicles");
    assertEquals(
        VALID_VEHICLE.getString("brand"), after.refVehicles().get(PLATE).getString("brand"));
    assertEquals(before.invoices(), after.invoices(), "no invoice made or lost");

    JsonArray jobs =
        HttpJson.ok(WORKSHOP.get("api/workshopplanning/" + DAY))
            .asJsonObject()
            .getJsonArray("jobs");
    assertEquals(1, jobs.size(), "only the valid job on " + DAY + ": " + jobs);
    assertEquals(404, WORKSHOP.get("api/workshopplanning/" + BAD_DAY).statusCode());
    assertEquals(404, CUSTOMER.get("api/customers/" + BAD_CUSTOMER_ID).statusCode());
    assertEquals(404, VEHICLE.get("api/vehicles/" + BAD_PLATE).statusCode());

    assertEquals(
        Set.of("WorkshopPlanningCreated", "MaintenanceJobPlanned", "MaintenanceJobFinished"),
        Set.copyOf(audit(DAY.toString())));
    assertEquals(3, audit(DAY.toString()).size(), "one event each: " + audit(DAY.toString()));
    for (String refused : List.of(BAD_CUSTOMER_ID, BAD_PLATE, BAD_DAY.toString())) {
      assertEquals(List.of(), audit(refused), "no event about " + refused);
    }
  }

  // ---------------------------------------------------------------- helpers

  static Stream<DynamicTest> run(List<Case> cases) {
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> assertRefused(c)));
  }

  static void assertRefused(Case c) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(c.server().uri(c.path()))
            .method(
                c.method(),
                c.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(c.body()));
    if (c.contentType() != null) {
      request.header("Content-Type", c.contentType());
    }
    HttpResponse<String> response = c.server().send(request);
    int status = response.statusCode();
    String shown = BadInputCorpus.abbreviate(response.body());
    assertTrue(status >= 400 && status < 500, c + " answered " + status + ": " + shown);
    if (c.expect() == Expect.CONTAINER_400) {
      assertEquals(400, status, shown);
      return;
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/problem+json"), c + " answered " + type + ": " + shown);
    JsonObject problem = HttpJson.json(response).asJsonObject();
    assertEquals(status, problem.getInt("status"), shown);
    assertTrue(problem.containsKey("title") && problem.containsKey("detail"), shown);
  }

  static Case get(HttpJson server, String path, String name) {
    return new Case(name, server, "GET", path, null, (String) null);
  }

  static List<Case> ids(HttpJson server, String prefix) {
    return BadInputCorpus.hostileIds().stream()
        .map(id -> get(server, prefix + id, "unknown id " + BadInputCorpus.abbreviate(id)))
        .toList();
  }

  static JsonObject job() {
    return HttpJson.ok(WORKSHOP.get("api/workshopplanning/" + DAY + "/jobs/" + JOB)).asJsonObject();
  }

  /** The message types of the audit entries about an aggregate. */
  static List<String> audit(String aggregateId) {
    return HttpJson.ok(
            HANDLERS.get(
                "api/auditlog?size=500&aggregateId="
                    + URLEncoder.encode(aggregateId, StandardCharsets.UTF_8)))
        .asJsonArray()
        .stream()
        .map(JsonObject.class::cast)
        .filter(e -> aggregateId.equals(e.getString("aggregateId", null)))
        .map(e -> e.getString("messageType"))
        .toList();
  }

  /** Every field of {@code sent} is in {@code stored} with the same value. */
  static void assertSameFields(JsonObject sent, JsonObject stored) {
    for (Map.Entry<String, JsonValue> field : sent.entrySet()) {
      assertEquals(
          ((JsonString) field.getValue()).getString(),
          stored.getString(field.getKey()),
          field.getKey() + " of " + stored);
    }
  }

  /** {@code after} is {@code before} unchanged plus the one entry {@code added}. */
  static void assertSameData(
      Map<String, JsonObject> before, Map<String, JsonObject> after, String added, String what) {
    Set<String> expectedKeys = new TreeSet<>(before.keySet());
    expectedKeys.add(added);
    Set<String> extra = new TreeSet<>(after.keySet());
    extra.removeAll(expectedKeys);
    Set<String> missing = new TreeSet<>(expectedKeys);
    missing.removeAll(after.keySet());
    assertEquals(Set.of(), extra, what + " that no valid request made");
    assertEquals(Set.of(), missing, what + " missing");
    for (Map.Entry<String, JsonObject> entry : before.entrySet()) {
      assertEquals(entry.getValue(), after.get(entry.getKey()), what + " " + entry.getKey());
    }
  }
}
