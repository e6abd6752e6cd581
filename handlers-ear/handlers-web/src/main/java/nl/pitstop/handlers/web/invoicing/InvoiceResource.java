package nl.pitstop.handlers.web.invoicing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.pitstop.handlers.invoicing.application.Invoices;
import nl.pitstop.handlers.invoicing.domain.Invoice;
import nl.pitstop.support.security.Roles;

/** {@code /api/invoices}: the invoices sent to the printing company, newest first. */
@Path("/invoices")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

  @Inject Invoices invoices;

  @GET
  public List<InvoiceSummaryDto> list(
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
    List<Invoice> found = invoices.newestFirst(page * size, size);
    Map<String, Instant> sentAt =
        invoices.mailsSentAt(found.stream().map(Invoice::invoiceId).toList());
    return found.stream()
        .map(invoice -> InvoiceSummaryDto.of(invoice, sentAt.get(invoice.invoiceId())))
        .toList();
  }

  @GET
  @Path("/{id}")
  public InvoiceDto invoice(@PathParam("id") String id) {
    Invoice invoice =
        invoices.find(id).orElseThrow(() -> new NotFoundException("Invoice " + id + " not found"));
    return InvoiceDto.of(invoice, invoices.mailsSentAt(List.of(id)).get(id));
  }
}
