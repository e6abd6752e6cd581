package nl.pitstop.webapp.invoicing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pitstop.webapp.client.ApiException;
import nl.pitstop.webapp.client.InvoiceApi.Invoice;

/**
 * "Invoices - details" of {@code ?id=}: its data and the e-mail as the printing company received
 * it, shown in a sandboxed frame (no scripts, no forms), with the banner the e-mail carried inline.
 */
@Named
@RequestScoped
public class InvoiceDetails {

  /** How the e-mail refers to its inline banner. */
  static final String INLINE_BANNER = "cid:banner.jpg";

  @Inject Invoices invoices;

  private String id;
  private Invoice invoice;

  /** View action: an unknown id shows the not-found page. */
  public void load() {
    if (id == null || id.isBlank()) {
      throw ApiException.notFound("Which invoice? The address names none.");
    }
    invoice = invoices.byId(id);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Invoice getInvoice() {
    return invoice;
  }

  /** The e-mail's HTML for the frame's {@code srcdoc} (the page escapes it as an attribute). */
  public String getMailHtml() {
    String banner =
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
            + "/resources/images/invoice-banner.jpg";
    return invoice.html() == null ? "" : invoice.html().replace(INLINE_BANNER, banner);
  }
}
