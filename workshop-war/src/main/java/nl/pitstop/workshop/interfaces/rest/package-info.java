/** The workshop management REST API. */
package nl.pitstop.workshop.interfaces.rest;
