package nl.pitstop.handlers.invoicing.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row that invoice runs lock, so that they take turns (see {@link
 * JpaInvoiceStore#lockInvoiceRuns()}). It holds nothing else.
 */
@Entity
@Table(name = "invoice_run_lock")
class InvoiceRunLock {

  static final int ID = 1;

  @Id
  @Column(name = "id")
  private int id = ID;
}
