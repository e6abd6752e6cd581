/** The customer management REST API: resources, request and response records, error mapping. */
package nl.pitstop.customer.interfaces.rest;
