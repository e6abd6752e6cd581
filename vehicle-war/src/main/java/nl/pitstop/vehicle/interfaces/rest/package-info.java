/** The vehicle management REST API: resources, request and response records, error mapping. */
package nl.pitstop.vehicle.interfaces.rest;
