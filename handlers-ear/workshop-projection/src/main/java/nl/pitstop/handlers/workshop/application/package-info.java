/**
 * The workshop read model (customers, vehicles, maintenance jobs), kept idempotently from events.
 */
package nl.pitstop.handlers.workshop.application;
