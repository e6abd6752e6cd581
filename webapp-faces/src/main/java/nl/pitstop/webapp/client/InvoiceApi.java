package nl.pitstop.webapp.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.pitstop.webapp.support.StaffTokenHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The invoices of the handlers' read API ({@code handlers-api/mp-rest/url}). */
@RegisterRestClient(configKey = "handlers-api")
@RegisterProvider(ProblemResponseMapper.class)
@RegisterClientHeaders(StaffTokenHeaders.class)
@Path("/invoices")
@Produces(MediaType.APPLICATION_JSON)
public interface InvoiceApi {

  @GET
  List<Invoice> newestFirst(@QueryParam("page") int page, @QueryParam("size") int size);

  @GET
  @Path("/{invoiceId}")
  Invoice byId(@PathParam("invoiceId") String invoiceId);

  /**
   * An invoice; {@code html} is the e-mail as sent (only from {@link #byId}), {@code sentAt} is
   * absent while the e-mail waits in the outbox.
   */
  record Invoice(
      String invoiceId,
      LocalDate invoiceDate,
      String customerId,
      String customerName,
      BigDecimal amount,
      List<String> jobIds,
      List<String> specification,
      Instant sentAt,
      String html) {}
}
