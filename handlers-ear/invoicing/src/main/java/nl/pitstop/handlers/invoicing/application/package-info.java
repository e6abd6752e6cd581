/**
 * Invoicing (the original's InvoiceService): customers and maintenance jobs kept idempotently from
 * events, and once a day one invoice per customer for the finished jobs not invoiced yet, recorded
 * and mailed to the printing company in one transaction.
 */
package nl.pitstop.handlers.invoicing.application;
