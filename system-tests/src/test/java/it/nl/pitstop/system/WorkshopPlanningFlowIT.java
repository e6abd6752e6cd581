package it.nl.pitstop.system;

import static it.nl.pitstop.system.Pitstop.HANDLERS;
import static it.nl.pitstop.system.Pitstop.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.Test;

/**
 * The workshop planning end to end: a job planned for a registered customer's vehicle and finished,
 * its events in the audit log in stream order; concurrent commands on one day never break a rule
 * and lose nothing; a job planned while the broker is down is published when it is back.
 */
class WorkshopPlanningFlowIT {

  static final Duration PROPAGATION = CustomerRegistrationFlowIT.PROPAGATION;

  static LocalDate freshDay() {
    return LocalDate.of(2300, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300_000));
  }

  static String planBody(
      UUID jobId, LocalDateTime start, LocalDateTime end, String customerId, String plate) {
    return planBody(jobId, start, end, customerId, plate, "Maintenance job");
  }

  static String planBody(
      UUID jobId,
      LocalDateTime start,
      LocalDateTime end,
      String customerId,
      String plate,
      String description) {
    return """
        {"jobId": "%s", "startTime": "%s", "endTime": "%s",
         "customerInfo": {"id": "%s", "name": "Flow Customer", "telephoneNumber": "0612345678"},
         "vehicleInfo": {"licenseNumber": "%s", "brand": "Volkswagen", "type": "Tiguan"},
         "description": "%s"}
        """
        .formatted(jobId, start, end, customerId, plate, description);
  }

  /** Finishes the job of the start's day with these actual times. */
  static HttpResponse<String> finish(UUID jobId, LocalDateTime start, LocalDateTime end) {
    return WORKSHOP.send(
        HttpRequest.newBuilder(
                WORKSHOP.uri(
                    "api/workshopplanning/" + start.toLocalDate() + "/jobs/" + jobId + "/finish"))
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    "{\"startTime\": \"%s\", \"endTime\": \"%s\", \"notes\": \"Done\"}"
                        .formatted(start, end))));
  }

  static HttpResponse<String> plan(LocalDate day, String body) {
    return WORKSHOP.post("api/workshopplanning/" + day + "/jobs", body);
  }

  static List<JsonObject> auditOf(LocalDate day) {
    JsonArray entries =
        HttpJson.ok(HANDLERS.get("api/auditlog?size=500&aggregateId=" + day)).asJsonArray();
    return entries.stream()
        .map(JsonObject.class::cast)
        .filter(e -> day.toString().equals(e.getString("aggregateId", null)))
        .toList();
  }

  @Test
  void aJobIsPlannedForARegisteredVehicleAndFinished() throws Exception {
    String owner = CustomerRegistrationFlowIT.register("Workshop Flow");
    String plate = VehicleRegistrationFlowIT.newLicenseNumber();
    VehicleRegistrationFlowIT.registerVehicle(plate, owner);
    HttpJson.eventually(
        PROPAGATION,
        "vehicle in the workshop's reference data",
        () -> VehicleRegistrationFlowIT.inReferenceData(plate));
    JsonObject vehicle = HttpJson.ok(WORKSHOP.get("api/refdata/vehicles/" + plate)).asJsonObject();
    assertEquals(owner, vehicle.getString("ownerId"));

    LocalDate day = freshDay();
    UUID jobId = UUID.randomUUID();
    HttpResponse<String> planned =
        plan(day, planBody(jobId, day.atTime(8, 0), day.atTime(10, 0), owner, plate));
    assertEquals(201, planned.statusCode(), planned.body());
    HttpResponse<String> finished = finish(jobId, day.atTime(8, 5), day.atTime(10, 20));
    assertEquals(200, finished.statusCode(), finished.body());

    JsonObject job =
        HttpJson.ok(WORKSHOP.get("api/workshopplanning/" + day + "/jobs/" + jobId)).asJsonObject();
    assertEquals("Completed", job.getString("status"));
    assertEquals(owner, job.getJsonObject("vehicle").getString("ownerId"));

    HttpJson.eventually(
        PROPAGATION, "the day's three events in the audit log", () -> auditOf(day).size() == 3);
    // The audit log handles messages concurrently, so it records them in any order (their
    // publishing
    // order is asserted by the workshop's WorkshopEventsIT).
    assertEquals(
        List.of("MaintenanceJobFinished", "MaintenanceJobPlanned", "WorkshopPlanningCreated"),
        typesOf(auditOf(day)));
    assertEquals(
        jobId.toString(),
        auditOf(day).stream()
            .filter(e -> e.getString("messageType").equals("MaintenanceJobFinished"))
            .findFirst()
            .orElseThrow()
            .getJsonObject("event")
            .getString("jobId"));
  }

  @Test
  void parallelCommandsOnOneDayNeverBreakARuleAndLoseNothing() throws Exception {
    LocalDate day = freshDay();
    int requests = 24;
    List<String> plates =
        List.of("AA-11-BB", "CC-22-DD", "EE-33-FF", "GG-44-HH", "JJ-55-KK", "LL-66-MM");
    List<UUID> jobIds = new ArrayList<>();
    List<Callable<HttpResponse<String>>> commands = new ArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    for (int i = 0; i < requests; i++) {
      UUID jobId = UUID.randomUUID();
      jobIds.add(jobId);
      int hour = 8 + i % 4;
      String body =
          planBody(
              jobId,
              day.atTime(hour, 0),
              day.atTime(hour + 2, 0),
              "c" + i,
              plates.get(i % plates.size()));
      commands.add(
          () -> {
            start.await();
            return plan(day, body);
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try {
      commands.forEach(command -> answers.add(pool.submit(command)));
      start.countDown();
      Set<String> accepted = new HashSet<>();
      for (int i = 0; i < requests; i++) {
        HttpResponse<String> answer = answers.get(i).get();
        if (answer.statusCode() == 201) {
          accepted.add(jobIds.get(i).toString());
        } else {
          assertEquals(409, answer.statusCode(), answer.body());
          String message = HttpJson.problem(answer).getString("errorMessage");
          assertTrue(
              message.equals("Maintenancejob overlaps with more than 3 other jobs.")
                  || message.equals(
                      "Only 1 maintenance job can be executed on a vehicle during a certain time-slot."),
              "a rule, not a lost race: " + message);
        }
      }

      JsonArray jobs =
          HttpJson.ok(WORKSHOP.get("api/workshopplanning/" + day))
              .asJsonObject()
              .getJsonArray("jobs");
      Set<String> planned = new HashSet<>();
      List<JsonObject> all = jobs.getValuesAs(JsonObject.class);
      for (int i = 0; i < all.size(); i++) {
        JsonObject job = all.get(i);
        planned.add(job.getString("id"));
        int overlapping = 0;
        for (int j = 0; j < i; j++) {
          JsonObject earlier = all.get(j);
          if (overlaps(job, earlier)) {
            overlapping++;
            assertTrue(
                !job.getJsonObject("vehicle")
                    .getString("licenseNumber")
                    .equals(earlier.getJsonObject("vehicle").getString("licenseNumber")),
                "two overlapping jobs for one vehicle");
          }
        }
        assertTrue(overlapping < 3, "job " + i + " overlaps " + overlapping + " earlier jobs");
      }
      assertEquals(accepted, planned, "every 201 is in the planning, and nothing else");
      assertTrue(
          accepted.size() >= 6, "at least the jobs that fit were accepted: " + accepted.size());
    } finally {
      pool.shutdownNow();
    }
  }

  static List<String> typesOf(List<JsonObject> entries) {
    return entries.stream().map(e -> e.getString("messageType")).sorted().toList();
  }

  static boolean overlaps(JsonObject a, JsonObject b) {
    LocalDateTime aStart = LocalDateTime.parse(a.getString("startTime"));
    LocalDateTime aEnd = LocalDateTime.parse(a.getString("endTime"));
    LocalDateTime bStart = LocalDateTime.parse(b.getString("startTime"));
    LocalDateTime bEnd = LocalDateTime.parse(b.getString("endTime"));
    return aStart.isBefore(bEnd) && aEnd.isAfter(bStart);
  }

  @Test
  void aJobPlannedWhileTheBrokerIsDownIsPublishedWhenItIsBack() throws Exception {
    LocalDate day = freshDay();
    UUID jobId = UUID.randomUUID();
    Pitstop.tool("infra", "stop", "broker");
    try {
      HttpResponse<String> planned =
          plan(day, planBody(jobId, day.atTime(9, 0), day.atTime(10, 0), "c-outage", "XX-99-YY"));
      assertEquals(201, planned.statusCode(), planned.body());
    } finally {
      Pitstop.tool("infra", "start", "broker");
    }

    HttpJson.eventually(
        BrokerOutageIT.RECOVERY,
        "the job of the outage in the audit log",
        () -> auditOf(day).size() == 2);
    assertEquals(
        List.of("MaintenanceJobPlanned", "WorkshopPlanningCreated"), typesOf(auditOf(day)));
  }
}
