package nl.pitstop.handlers.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import nl.pitstop.handlers.auditlog.application.AuditLog;

/** {@code /api/auditlog}: every event the handlers received, newest first. */
@Path("/auditlog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {

  @Inject AuditLog auditLog;

  @GET
  public List<AuditEntryDto> entries(
      @QueryParam("type") String type,
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
    Optional<String> messageType = Optional.ofNullable(type).filter(t -> !t.isBlank());
    return auditLog.newestFirst(messageType, page * size, size).stream()
        .map(AuditEntryDto::of)
        .toList();
  }
}
