/**
 * What operations watch: the handlers' business metrics (docs/adr/0012) and the broker as part of
 * their readiness (docs/adr/0015).
 */
package nl.pitstop.handlers.web.monitoring;
