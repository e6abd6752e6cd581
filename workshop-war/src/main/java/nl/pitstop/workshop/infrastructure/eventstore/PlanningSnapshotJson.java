package nl.pitstop.workshop.infrastructure.eventstore;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import nl.pitstop.workshop.domain.Customer;
import nl.pitstop.workshop.domain.LicenseNumber;
import nl.pitstop.workshop.domain.MaintenanceJob;
import nl.pitstop.workshop.domain.Timeslot;
import nl.pitstop.workshop.domain.Vehicle;
import nl.pitstop.workshop.domain.WorkshopPlanningSnapshot;

/**
 * The stored form of a planning snapshot: gzip-compressed JSON. Its layout is {@link
 * #SCHEMA_VERSION}; change that number when the layout changes, and older snapshots are ignored
 * rather than misread.
 */
final class PlanningSnapshotJson {

  static final int SCHEMA_VERSION = 2;

  private PlanningSnapshotJson() {}

  static byte[] toBytes(WorkshopPlanningSnapshot snapshot) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
      out.write(toJson(snapshot));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static WorkshopPlanningSnapshot fromBytes(byte[] state) {
    try (Reader in =
        new InputStreamReader(
            new GZIPInputStream(new ByteArrayInputStream(state)), StandardCharsets.UTF_8)) {
      return fromJson(Json.createReader(in).readObject());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String toJson(WorkshopPlanningSnapshot snapshot) {
    JsonArrayBuilder jobs = Json.createArrayBuilder();
    for (MaintenanceJob job : snapshot.jobs()) {
      JsonObjectBuilder json =
          Json.createObjectBuilder()
              .add("jobId", job.jobId().toString())
              .add("startTime", job.plannedTimeslot().startTime().toString())
              .add("endTime", job.plannedTimeslot().endTime().toString())
              .add("customerId", job.customer().customerId())
              .add("licenseNumber", job.vehicle().licenseNumber().value());
      add(json, "customerName", job.customer().name());
      add(json, "telephoneNumber", job.customer().telephoneNumber());
      add(json, "brand", job.vehicle().brand());
      add(json, "type", job.vehicle().type());
      add(json, "ownerId", job.vehicle().ownerId());
      add(json, "description", job.description());
      if (job.actualTimeslot() != null) {
        json.add("actualStartTime", job.actualTimeslot().startTime().toString())
            .add("actualEndTime", job.actualTimeslot().endTime().toString());
      }
      add(json, "notes", job.notes());
      jobs.add(json);
    }
    return Json.createObjectBuilder()
        .add("date", snapshot.date().toString())
        .add("version", snapshot.version())
        .add("jobs", jobs)
        .build()
        .toString();
  }

  static WorkshopPlanningSnapshot fromJson(JsonObject json) {
    return new WorkshopPlanningSnapshot(
        LocalDate.parse(json.getString("date")),
        json.getInt("version"),
        json.getJsonArray("jobs").getValuesAs(JsonObject.class).stream()
            .map(PlanningSnapshotJson::job)
            .toList());
  }

  private static MaintenanceJob job(JsonObject json) {
    Timeslot actual =
        json.containsKey("actualStartTime")
            ? new Timeslot(
                LocalDateTime.parse(json.getString("actualStartTime")),
                LocalDateTime.parse(json.getString("actualEndTime")))
            : null;
    return new MaintenanceJob(
        UUID.fromString(json.getString("jobId")),
        new Timeslot(
            LocalDateTime.parse(json.getString("startTime")),
            LocalDateTime.parse(json.getString("endTime"))),
        new Customer(
            json.getString("customerId"),
            json.getString("customerName", null),
            json.getString("telephoneNumber", null)),
        new Vehicle(
            new LicenseNumber(json.getString("licenseNumber")),
            json.getString("brand", null),
            json.getString("type", null),
            json.getString("ownerId", null)),
        json.getString("description", null),
        actual,
        json.getString("notes", null));
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    json.add(name, value == null ? JsonValue.NULL : Json.createValue(value));
  }
}
