package nl.pitstop.handlers.web.auditlog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pitstop.handlers.auditlog.application.AuditLog;
import nl.pitstop.handlers.auditlog.application.AuditQuery;
import nl.pitstop.support.rest.Pages;
import nl.pitstop.support.rest.Problem;
import nl.pitstop.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code /api/auditlog}: every event the handlers received, newest first, filtered by type,
 * aggregate and time range, in pages. The total number of matches is in {@code X-Total-Count}.
 */
@Path("/auditlog")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {

  @Inject AuditLog auditLog;

  @GET
  public Response entries(
      @Parameter(description = "Message types (repeat for several), e.g. MaintenanceJobPlanned")
          @QueryParam("type")
          @Size(max = 20, message = "type may be given at most 20 times")
          List<String> types,
      @Parameter(description = "The aggregate the events are about, e.g. a planning date")
          @QueryParam("aggregateId")
          String aggregateId,
      @Parameter(description = "Earliest event time, inclusive: an ISO-8601 instant or date (UTC)")
          @QueryParam("from")
          String from,
      @Parameter(description = "Latest event time, exclusive: an ISO-8601 instant or date (UTC)")
          @QueryParam("to")
          String to,
      @QueryParam("page")
          @DefaultValue("0")
          @Min(value = 0, message = "page may not be negative")
          @Max(value = 1_000_000, message = "page may be at most 1000000")
          int page,
      @QueryParam("size")
          @DefaultValue("50")
          @Min(value = 1, message = "size must be at least 1")
          @Max(value = 500, message = "size may be at most 500")
          int size) {
    AuditQuery query = query(types, aggregateId, from, to);
    List<AuditEntryDto> entries =
        auditLog.newestFirst(query, page * size, size).stream().map(AuditEntryDto::of).toList();
    return Response.ok(entries).header(Pages.TOTAL_COUNT, auditLog.count(query)).build();
  }

  private static AuditQuery query(List<String> types, String aggregateId, String from, String to) {
    Set<String> typeSet =
        types == null
            ? Set.of()
            : types.stream()
                .filter(t -> t != null && !t.isBlank())
                .map(String::trim)
                .collect(Collectors.toSet());
    try {
      return new AuditQuery(
          typeSet,
          Optional.ofNullable(aggregateId).filter(id -> !id.isBlank()),
          time("from", from),
          time("to", to));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          Problem.of(Response.Status.BAD_REQUEST, e.getMessage()).toResponse(), e);
    }
  }

  /** An ISO-8601 instant, or a date meaning its start in UTC. */
  static Optional<Instant> time(String name, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.trim();
    try {
      return Optional.of(
          text.length() == 10
              ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
              : Instant.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name
              + " must be an ISO-8601 instant (2026-12-01T08:00:00Z) or date (2026-12-01), not '"
              + text
              + "'",
          e);
    }
  }
}
