/** The workshop projection's message-driven bean. */
package nl.pitstop.handlers.workshop.interfaces.jms;
