package nl.pitstop.handlers.web.time;

import io.opentelemetry.context.Context;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.pitstop.handlers.time.application.TimeService;
import nl.pitstop.messages.DayHasPassed;
import nl.pitstop.support.health.BrokerCheck;
import nl.pitstop.support.rest.JsonBodyInterceptor;
import nl.pitstop.support.rest.Problem;
import nl.pitstop.support.security.Roles;
import org.eclipse.microprofile.health.HealthCheckResponse;
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

  /**
   * How long a request waits for the broker to take the announcement. A send or commit in flight
   * when the broker goes away blocks in the JMS client until the broker is back or its calls time
   * out, 30 s and more; the request answers 503 after this instead, and the send goes on in the
   * background.
   */
  static final Duration SEND_DEADLINE = Duration.ofSeconds(8);

  @Inject TimeService timeService;

  @Resource ManagedExecutorService executor;

  @Inject BrokerCheck broker;

  /**
   * Announces a day now: {@code DayHasPassed} is on the events topic when this answers 202; the
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
    Optional<LocalDate> date = date(body);
    // The announcement is sent straight to the broker (no outbox): with the broker gone, sending
    // would block in the JMS client's reconnects, so a broker that cannot be reached is a 503 now.
    if (broker.call().getStatus() != HealthCheckResponse.Status.UP) {
      throw new ServiceUnavailableException(
          Problem.of(
                  Response.Status.SERVICE_UNAVAILABLE,
                  "The message broker cannot be reached; announce the day again when it is back.")
              .toResponse());
    }
    DayHasPassed event = announceWithin(SEND_DEADLINE, date);
    return Response.accepted(
            Map.of("messageId", event.messageId().toString(), "date", event.date().toString()))
        .build();
  }

  /**
   * Announces the day on another thread, in this request's trace, and waits for it at most the
   * deadline.
   */
  private DayHasPassed announceWithin(Duration deadline, Optional<LocalDate> date) {
    Future<DayHasPassed> sending =
        executor.submit(Context.current().wrap(() -> timeService.announceNow(date)));
    try {
      return sending.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new ServiceUnavailableException(
          Problem.of(
                  Response.Status.SERVICE_UNAVAILABLE,
                  "The message broker did not take the announcement within "
                      + deadline.toSeconds()
                      + " s; it may still go out. Announcing the day again is safe: reminders"
                      + " and invoices are sent once per job.")
              .toResponse());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while announcing the day", e);
    }
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
