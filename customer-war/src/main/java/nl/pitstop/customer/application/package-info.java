/** Customer use cases (commands as records) and their transaction boundaries. */
package nl.pitstop.customer.application;
