package nl.pitstop.webapp.support;

/** The APIs the web app calls; each has a circuit breaker of its own. */
public enum Api {
  CUSTOMER,
  VEHICLE,
  WORKSHOP,
  HANDLERS
}
