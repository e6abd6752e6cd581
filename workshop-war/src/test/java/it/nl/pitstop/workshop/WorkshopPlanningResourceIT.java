package it.nl.pitstop.workshop;

import static it.nl.pitstop.workshop.Api.WORKSHOP;
import static it.nl.pitstop.workshop.Api.freshDay;
import static it.nl.pitstop.workshop.Api.job;
import static it.nl.pitstop.workshop.Api.jobs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.SharedContainerConfig;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
@SharedContainerConfig(WorkshopContainers.class)
class WorkshopPlanningResourceIT {

  @BeforeAll
  static void serverIsReady() throws InterruptedException {
    Api.awaitReady();
  }

  static HttpResponse<String> finish(LocalDate day, Object jobId, String body) {
    return WORKSHOP.send(
        HttpRequest.newBuilder(WORKSHOP.uri(jobs(day) + "/" + jobId + "/finish"))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  static void assertProblem(int status, String detail, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    JsonObject problem = HttpJson.problem(response);
    assertEquals(detail, problem.getString("detail"));
  }

  @Test
  void plansAJobAndAnswersWithTheDaysPlanning() {
    LocalDate day = freshDay();
    UUID jobId = UUID.randomUUID();

    HttpResponse<String> created =
        WORKSHOP.post(jobs(day), job(jobId, day, "08:00", "10:00", "AB-123-C"));

    assertEquals(201, created.statusCode(), created.body());
    assertEquals(
        WORKSHOP.uri("api/workshopplanning/" + day).toString(),
        created.headers().firstValue("Location").orElseThrow());
    JsonObject planning = HttpJson.json(created).asJsonObject();
    assertEquals(day + "T00:00:00", planning.getString("date"));
    JsonObject job = planning.getJsonArray("jobs").getJsonObject(0);
    assertEquals(jobId.toString(), job.getString("id"));
    assertEquals(day + "T08:00:00", job.getString("startTime"));
    assertEquals(day + "T10:00:00", job.getString("endTime"));
    assertEquals("Planned", job.getString("status"));
    assertEquals("Maintenance job 1234", job.getString("description"));
    JsonObject vehicle = job.getJsonObject("vehicle");
    assertEquals("AB-123-C", vehicle.getString("licenseNumber"));
    assertEquals("Volkswagen", vehicle.getString("brand"));
    assertEquals("Tiguan", vehicle.getString("type"));
    assertEquals("c-AB-123-C", vehicle.getString("ownerId"));
    JsonObject customer = job.getJsonObject("customer");
    assertEquals(
        List.of("c-AB-123-C", "Jan de Vries", "+31612345678"),
        List.of(
            customer.getString("customerId"),
            customer.getString("name"),
            customer.getString("telephoneNumber")));
    assertEquals(JsonValue.NULL, job.get("actualStartTime"));
    assertEquals(JsonValue.NULL, job.get("notes"));

    assertEquals(planning, HttpJson.ok(WORKSHOP.get("api/workshopplanning/" + day)));
    assertEquals(job, HttpJson.ok(WORKSHOP.get(jobs(day) + "/" + jobId)));
  }

  @Test
  void finishesAJob() {
    LocalDate day = freshDay();
    UUID jobId = UUID.randomUUID();
    assertEquals(
        201, WORKSHOP.post(jobs(day), job(jobId, day, "08:00", "10:00", "AB-12-CD")).statusCode());

    HttpResponse<String> finished =
        finish(
            day,
            jobId,
            """
            {"startTime": "%sT08:15", "endTime": "%sT10:30:15", "notes": "Brake pads replaced."}
            """
                .formatted(day, day));

    assertEquals(200, finished.statusCode(), finished.body());
    JsonObject job = HttpJson.ok(WORKSHOP.get(jobs(day) + "/" + jobId)).asJsonObject();
    assertEquals("Completed", job.getString("status"));
    assertEquals(day + "T08:15:00", job.getString("actualStartTime"));
    assertEquals(day + "T10:30:15", job.getString("actualEndTime"));
    assertEquals("Brake pads replaced.", job.getString("notes"));
    assertEquals(day + "T08:00:00", job.getString("startTime"), "the planned slot stays");
    assertEquals(job, HttpJson.json(finished).asJsonObject());

    assertProblem(
        409,
        "An already finished job can not be finished.",
        finish(
            day,
            jobId,
            "{\"startTime\": \"%sT08:15\", \"endTime\": \"%sT09:00\"}".formatted(day, day)));
  }

  @Test
  void aFourthOverlappingJobIsAConflictWithTheOriginalsErrorMessage() {
    LocalDate day = freshDay();
    for (String plate : List.of("1-AAA-11", "2-AAA-22", "3-AAA-33")) {
      assertEquals(
          201,
          WORKSHOP
              .post(jobs(day), job(UUID.randomUUID(), day, "08:00", "11:00", plate))
              .statusCode());
    }

    HttpResponse<String> fourth =
        WORKSHOP.post(jobs(day), job(UUID.randomUUID(), day, "10:00", "12:00", "4-AAA-44"));

    assertProblem(409, "Maintenancejob overlaps with more than 3 other jobs.", fourth);
    assertEquals(
        "Maintenancejob overlaps with more than 3 other jobs.",
        HttpJson.problem(fourth).getString("errorMessage"));
    assertEquals(
        3,
        HttpJson.ok(WORKSHOP.get("api/workshopplanning/" + day))
            .asJsonObject()
            .getJsonArray("jobs")
            .size());
    assertEquals(
        201,
        WORKSHOP
            .post(jobs(day), job(UUID.randomUUID(), day, "11:00", "12:00", "4-AAA-44"))
            .statusCode(),
        "a slot touching the others fits");
  }

  @Test
  void oneVehicleOneJobAtATime() {
    LocalDate day = freshDay();
    assertEquals(
        201,
        WORKSHOP
            .post(jobs(day), job(UUID.randomUUID(), day, "08:00", "10:00", "AB-12-CD"))
            .statusCode());

    assertProblem(
        409,
        "Only 1 maintenance job can be executed on a vehicle during a certain time-slot.",
        WORKSHOP.post(jobs(day), job(UUID.randomUUID(), day, "09:00", "11:00", "AB-12-CD")));
  }

  @Test
  void rulesAndInvalidValuesAnswerWithProblems() {
    LocalDate day = freshDay();
    UUID jobId = UUID.randomUUID();
    assertEquals(
        201, WORKSHOP.post(jobs(day), job(jobId, day, "08:00", "10:00", "AB-12-CD")).statusCode());

    assertProblem(
        409,
        "A maintenance job with id " + jobId + " is already planned.",
        WORKSHOP.post(jobs(day), job(jobId, day, "14:00", "15:00", "XY-12-CD")));
    assertProblem(
        400,
        "The specified start-time may not be after the specified end-time.",
        WORKSHOP.post(jobs(day), job(UUID.randomUUID(), day, "10:00", "10:00", "XY-12-CD")));
    assertProblem(
        400,
        "The specified license-number '123456' is not in the correct format.",
        WORKSHOP.post(jobs(day), job(UUID.randomUUID(), day, "12:00", "13:00", "123456")));
    assertProblem(
        400,
        "The maintenance job must be planned on the day of this planning (" + day + ").",
        WORKSHOP.post(
            jobs(day), job(UUID.randomUUID(), day.plusDays(1), "12:00", "13:00", "XY-12-CD")));
    String twoDays =
        job(UUID.randomUUID(), day, "22:00", "23:00", "XY-12-CD")
            .replace(day + "T23:00", day.plusDays(1) + "T01:00");
    assertProblem(
        409,
        "Start-time and end-time of a Maintenance Job must be within a 1 day.",
        WORKSHOP.post(jobs(day), twoDays));
  }

  @Test
  void finishingNeedsAKnownPlanningAndJobAndValidTimes() {
    LocalDate day = freshDay();
    UUID jobId = UUID.randomUUID();
    String times = "{\"startTime\": \"%sT08:00\", \"endTime\": \"%sT09:00\"}".formatted(day, day);

    assertProblem(404, "No workshop planning exists for " + day + ".", finish(day, jobId, times));
    assertEquals(
        201, WORKSHOP.post(jobs(day), job(jobId, day, "08:00", "10:00", "AB-12-CD")).statusCode());
    UUID unknown = UUID.randomUUID();
    assertProblem(
        404, "Maintenance job with id " + unknown + " not found.", finish(day, unknown, times));
    assertProblem(
        400,
        "The specified start-time may not be after the specified end-time.",
        finish(
            day,
            jobId,
            "{\"startTime\": \"%sT09:00\", \"endTime\": \"%sT08:00\"}".formatted(day, day)));
    assertEquals(400, finish(day, jobId, "{\"notes\": \"no times\"}").statusCode());
    assertEquals(400, finish(day, "not-a-uuid", times).statusCode());
    assertEquals(
        "Planned",
        HttpJson.ok(WORKSHOP.get(jobs(day) + "/" + jobId)).asJsonObject().getString("status"));
  }

  @Test
  void badInputIsAProblemNamingTheFields() {
    LocalDate day = freshDay();

    HttpResponse<String> empty = WORKSHOP.post(jobs(day), "{}");
    assertEquals(400, empty.statusCode(), empty.body());
    JsonArray errors = HttpJson.problem(empty).getJsonArray("errors");
    List<String> fields =
        errors.getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    assertTrue(
        fields.containsAll(List.of("jobId", "startTime", "endTime", "customerInfo", "vehicleInfo")),
        fields.toString());

    HttpResponse<String> nested =
        WORKSHOP.post(
            jobs(day),
            job(UUID.randomUUID(), day, "08:00", "09:00", "AB-12-CD")
                .replace("\"Jan de Vries\"", "\"\""));
    assertEquals(400, nested.statusCode(), nested.body());
    assertEquals(
        "customerInfo.name",
        HttpJson.problem(nested).getJsonArray("errors").getJsonObject(0).getString("field"));

    assertEquals(400, WORKSHOP.post(jobs(day), "{\"jobId\": \"nope\"").statusCode());
    assertEquals(
        400,
        WORKSHOP
            .post(jobs(day), job(UUID.randomUUID(), day, "8 uur", "09:00", "AB-12-CD"))
            .statusCode());
    assertEquals(
        400,
        WORKSHOP
            .post(
                "api/workshopplanning/2024-13-45/jobs",
                job(UUID.randomUUID(), day, "08:00", "09:00", "AB-12-CD"))
            .statusCode());
    assertProblem(
        400,
        "'yesterday' is not a date; use yyyy-MM-dd.",
        WORKSHOP.get("api/workshopplanning/yesterday"));
    assertEquals(
        404, WORKSHOP.get("api/workshopplanning/" + day).statusCode(), "nothing was planned");
    assertEquals(400, WORKSHOP.get(jobs(day) + "/42").statusCode());
  }
}
