/**
 * The workshop planning domain: the event-sourced {@link
 * nl.pitstop.workshop.domain.WorkshopPlanning} aggregate (one per day), its jobs, value objects,
 * events and business rules. Plain Java: no framework code.
 */
package nl.pitstop.workshop.domain;
