/** The vehicle management REST API. */
package nl.pitstop.vehicle.interfaces.rest;
