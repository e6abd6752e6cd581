/** {@code /api/time}: announcing a day on request. */
package nl.pitstop.handlers.web.time;
