package nl.pitstop.handlers.web.time;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.pitstop.handlers.time.application.TimeService;
import nl.pitstop.messages.DayHasPassed;
import nl.pitstop.support.rest.JsonBodyInterceptor;
import nl.pitstop.support.rest.Problem;
import nl.pitstop.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** {@code /api/time}: the time service's manual trigger, for tests and demos. */
@Path("/time")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class TimeResource {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject TimeService timeService;

  /**
   * Announces a day now: {@code DayHasPassed} is stored in the time service's outbox when this
   * answers 202, and on the events topic moments later (later, if the broker is down now); the
   * handlers act on it asynchronously.
   */
  @POST
  @Path("/day-has-passed")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Announce a day now",
      description =
          "Publishes DayHasPassed for the given date (default: today). Reminders and invoices"
              + " follow asynchronously.")
  public Response dayHasPassed(
      @RequestBody(
              description = "Optional: {\"date\":\"yyyy-MM-dd\"}",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = DayHasPassedRequest.class)))
          String body) {
    DayHasPassed event = timeService.announceNow(date(body));
    return Response.accepted(
            Map.of("messageId", event.messageId().toString(), "date", event.date().toString()))
        .build();
  }

  /** The date of the optional body; an empty body means the current day. */
  static Optional<LocalDate> date(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    JsonBodyInterceptor.check(body, DayHasPassedRequest.class); // no unknown or mistyped members
    try {
      return Optional.ofNullable(JSONB.fromJson(body, DayHasPassedRequest.class))
          .map(DayHasPassedRequest::date);
    } catch (JsonbException e) {
      throw new BadRequestException(
          Problem.of(
                  Response.Status.BAD_REQUEST,
                  "The body must be empty or {\"date\":\"yyyy-MM-dd\"}.")
              .toResponse(),
          e);
    }
  }
}
