/** The workshop read model, kept idempotently from events. */
package nl.pitstop.handlers.workshop.application;
