package nl.pitstop.workshop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import nl.pitstop.support.rest.Problem;
import nl.pitstop.support.security.Roles;
import nl.pitstop.workshop.application.PlanningNotFoundException;
import nl.pitstop.workshop.application.WorkshopPlanningService;
import nl.pitstop.workshop.domain.MaintenanceJobNotFoundException;
import nl.pitstop.workshop.domain.WorkshopPlanning;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/workshopplanning}: the planning of a day, and planning and finishing its jobs. */
@Path("/workshopplanning")
@RequestScoped
@RolesAllowed({Roles.OFFICE, Roles.MECHANIC})
@Produces(MediaType.APPLICATION_JSON)
public class WorkshopPlanningResource {

  @Inject WorkshopPlanningService service;

  @GET
  @Path("/{planningDate}")
  @APIResponse(responseCode = "200", description = "The planning of the day")
  @APIResponse(responseCode = "400", description = "Not a date (yyyy-MM-dd)")
  @APIResponse(responseCode = "404", description = "Nothing was ever planned on that day")
  public WorkshopPlanningDto planning(@PathParam("planningDate") String planningDate) {
    return WorkshopPlanningDto.of(find(date(planningDate)));
  }

  @GET
  @Path("/{planningDate}/jobs/{jobId}")
  @APIResponse(responseCode = "200", description = "The job")
  @APIResponse(responseCode = "400", description = "Not a date or not a job id")
  @APIResponse(responseCode = "404", description = "No such planning or job")
  public MaintenanceJobDto job(
      @PathParam("planningDate") String planningDate, @PathParam("jobId") String jobId) {
    UUID id = jobId(jobId);
    return find(date(planningDate))
        .job(id)
        .map(MaintenanceJobDto::of)
        .orElseThrow(() -> new MaintenanceJobNotFoundException(id));
  }

  @POST
  @Path("/{planningDate}/jobs")
  @RolesAllowed(Roles.OFFICE)
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "201", description = "Planned; the body is the day's planning")
  @APIResponse(responseCode = "400", description = "Invalid fields, times or license number")
  @APIResponse(responseCode = "409", description = "A planning rule forbids it; see errorMessage")
  public Response plan(
      @PathParam("planningDate") String planningDate,
      @NotNull(message = "A request body is required.") @Valid PlanMaintenanceJobRequest request,
      @Context UriInfo uri) {
    LocalDate date = date(planningDate);
    WorkshopPlanning planning = service.plan(request.toCommand(date));
    return Response.created(
            uri.getBaseUriBuilder()
                .path(WorkshopPlanningResource.class)
                .path(date.toString())
                .build())
        .entity(WorkshopPlanningDto.of(planning))
        .build();
  }

  @PUT
  @Path("/{planningDate}/jobs/{jobId}/finish")
  @RolesAllowed(Roles.MECHANIC)
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "200", description = "Finished; the body is the finished job")
  @APIResponse(responseCode = "400", description = "Invalid fields or times")
  @APIResponse(responseCode = "404", description = "No such planning or job")
  @APIResponse(responseCode = "409", description = "The job was finished before")
  public MaintenanceJobDto finish(
      @PathParam("planningDate") String planningDate,
      @PathParam("jobId") String jobId,
      @NotNull(message = "A request body is required.") @Valid
          FinishMaintenanceJobRequest request) {
    UUID id = jobId(jobId);
    WorkshopPlanning planning = service.finish(request.toCommand(date(planningDate), id));
    return MaintenanceJobDto.of(planning.job(id).orElseThrow());
  }

  private WorkshopPlanning find(LocalDate date) {
    return service.planning(date).orElseThrow(() -> new PlanningNotFoundException(date));
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw badRequest("'" + value + "' is not a date; use yyyy-MM-dd.");
    }
  }

  private static UUID jobId(String value) {
    try {
      UUID id = UUID.fromString(value);
      if (!id.toString().equalsIgnoreCase(value)) {
        throw new IllegalArgumentException(value);
      }
      return id;
    } catch (IllegalArgumentException e) {
      throw badRequest("'" + value + "' is not a job id (a UUID).");
    }
  }

  private static BadRequestException badRequest(String detail) {
    return new BadRequestException(Problem.of(Response.Status.BAD_REQUEST, detail).toResponse());
  }
}
