/** Invoices: the invoices sent to the printing company, each as it was e-mailed. */
package nl.pitstop.webapp.invoicing;
