/**
 * The APIs as the web app sees them: one MicroProfile Rest Client per API (its URL comes from
 * configuration), the API's records nested in it, and the mapping of problem answers to {@link
 * nl.pitstop.webapp.client.ApiException}s. The web app never sees a domain class of a service.
 */
package nl.pitstop.webapp.client;
