package nl.pitstop.webapp.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.pitstop.webapp.client.InvoiceApi;
import nl.pitstop.webapp.client.InvoiceApi.Invoice;
import nl.pitstop.webapp.support.Api;
import nl.pitstop.webapp.support.ApiCalls;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The handlers' invoice API, called fault-tolerantly. */
@ApplicationScoped
public class Invoices {

  @Inject @RestClient InvoiceApi api;
  @Inject ApiCalls calls;

  public List<Invoice> newestFirst(int page, int size) {
    return calls.read(Api.HANDLERS, () -> api.newestFirst(page, size));
  }

  /** The invoice with the HTML of its e-mail, or {@code ApiException.NotFound}. */
  public Invoice byId(String invoiceId) {
    return calls.read(Api.HANDLERS, () -> api.byId(invoiceId));
  }
}
