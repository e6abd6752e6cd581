/** The invoices invoicing sent: {@code /api/invoices}. */
package nl.pitstop.handlers.web.invoicing;
