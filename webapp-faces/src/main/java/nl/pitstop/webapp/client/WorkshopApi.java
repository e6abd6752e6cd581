package nl.pitstop.webapp.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import nl.pitstop.webapp.support.StaffTokenHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The workshop management API ({@code workshop-api/mp-rest/url}): the plannings (event store,
 * immediately consistent) and the workshop's reference data (read model, eventually consistent).
 */
@RegisterRestClient(configKey = "workshop-api")
@RegisterProvider(ProblemResponseMapper.class)
@RegisterClientHeaders(StaffTokenHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
public interface WorkshopApi {

  @GET
  @Path("/workshopplanning/{date}")
  WorkshopPlanning planning(@PathParam("date") LocalDate date);

  @GET
  @Path("/workshopplanning/{date}/jobs/{jobId}")
  MaintenanceJob job(@PathParam("date") LocalDate date, @PathParam("jobId") UUID jobId);

  @POST
  @Path("/workshopplanning/{date}/jobs")
  @Consumes(MediaType.APPLICATION_JSON)
  WorkshopPlanning plan(@PathParam("date") LocalDate date, PlanMaintenanceJob command);

  @PUT
  @Path("/workshopplanning/{date}/jobs/{jobId}/finish")
  @Consumes(MediaType.APPLICATION_JSON)
  MaintenanceJob finish(
      @PathParam("date") LocalDate date,
      @PathParam("jobId") UUID jobId,
      FinishMaintenanceJob command);

  /**
   * One page of the vehicles whose license number starts with {@code search}, with the total in
   * {@code X-Total-Count}: a list of {@link KnownVehicle}.
   */
  @GET
  @Path("/refdata/vehicles")
  Response knownVehicles(
      @QueryParam("search") String search,
      @QueryParam("page") int page,
      @QueryParam("size") int size);

  @GET
  @Path("/refdata/vehicles/{licenseNumber}")
  KnownVehicle knownVehicle(@PathParam("licenseNumber") String licenseNumber);

  @GET
  @Path("/refdata/customers/{customerId}")
  KnownCustomer knownCustomer(@PathParam("customerId") String customerId);

  /** The planning of one day. */
  record WorkshopPlanning(LocalDateTime date, List<MaintenanceJob> jobs) {}

  /** A job; the actual times and notes are there once it is finished. */
  record MaintenanceJob(
      UUID id,
      LocalDateTime startTime,
      LocalDateTime endTime,
      JobVehicle vehicle,
      JobCustomer customer,
      String description,
      LocalDateTime actualStartTime,
      LocalDateTime actualEndTime,
      String notes,
      String status)
      implements Serializable {

    /** The original's rule: a job is completed once it has an actual end time. */
    public boolean completed() {
      return actualEndTime != null;
    }
  }

  /** The vehicle of a job. */
  record JobVehicle(String licenseNumber, String brand, String type, String ownerId)
      implements Serializable {}

  /** The customer of a job. */
  record JobCustomer(String customerId, String name, String telephoneNumber)
      implements Serializable {}

  /** A vehicle the workshop knows from the vehicle service's events. */
  record KnownVehicle(String licenseNumber, String brand, String type, String ownerId)
      implements Serializable {}

  /** A customer the workshop knows from the customer service's events. */
  record KnownCustomer(String customerId, String name, String telephoneNumber) {}

  /** The body of a planning request. */
  record PlanMaintenanceJob(
      UUID jobId,
      LocalDateTime startTime,
      LocalDateTime endTime,
      CustomerInfo customerInfo,
      VehicleInfo vehicleInfo,
      String description) {}

  /** The customer part of a planning request. */
  record CustomerInfo(String id, String name, String telephoneNumber) {}

  /** The vehicle part of a planning request. */
  record VehicleInfo(String licenseNumber, String brand, String type) {}

  /** The body of a finish request. */
  record FinishMaintenanceJob(LocalDateTime startTime, LocalDateTime endTime, String notes) {}
}
