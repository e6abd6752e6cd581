package nl.pitstop.webapp.invoicing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.pitstop.webapp.client.InvoiceApi.Invoice;

/** "Invoices - overview": the invoices, newest first, a page at a time ({@code ?page=}). */
@Named
@RequestScoped
public class InvoiceList {

  static final int PAGE_SIZE = 25;

  @Inject Invoices invoices;

  private int page;
  private List<Invoice> shown = List.of();

  /** View action. */
  public void load() {
    page = Math.max(0, page);
    shown = invoices.newestFirst(page, PAGE_SIZE);
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public List<Invoice> getInvoices() {
    return shown;
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  /** A full page may have a next one. */
  public boolean isHasNext() {
    return shown.size() == PAGE_SIZE;
  }
}
