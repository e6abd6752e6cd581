/** What operations watch beyond health: the handlers' business metrics (docs/adr/0012). */
package nl.pitstop.handlers.web.monitoring;
