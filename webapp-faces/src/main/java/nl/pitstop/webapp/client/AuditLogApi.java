package nl.pitstop.webapp.client;

import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import nl.pitstop.webapp.support.StaffTokenHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The audit log of the handlers' read API ({@code handlers-api/mp-rest/url}): newest first, the
 * number of matches in {@code X-Total-Count}.
 */
@RegisterRestClient(configKey = "handlers-api")
@RegisterProvider(ProblemResponseMapper.class)
@RegisterClientHeaders(StaffTokenHeaders.class)
@Path("/auditlog")
@Produces(MediaType.APPLICATION_JSON)
public interface AuditLogApi {

  /** A list of {@link Entry}, with the total in {@code X-Total-Count} ({@link Paged}). */
  @GET
  Response entries(
      @QueryParam("type") List<String> types,
      @QueryParam("aggregateId") String aggregateId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") int page,
      @QueryParam("size") int size);

  /** One event as the audit log recorded it. */
  record Entry(
      long position,
      String messageId,
      String messageType,
      String aggregateId,
      Instant publishedAt,
      Instant receivedAt,
      Instant time,
      JsonValue event) {}
}
