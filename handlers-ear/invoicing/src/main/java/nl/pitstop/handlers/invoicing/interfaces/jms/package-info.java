/** Invoicing's message-driven bean. */
package nl.pitstop.handlers.invoicing.interfaces.jms;
