/**
 * What every screen shares: the fault-tolerant way to call an API ({@link
 * nl.pitstop.webapp.support.ApiCalls}), the pages shown when an API is offline or a thing is not
 * found, and the application's version.
 */
package nl.pitstop.webapp.support;
