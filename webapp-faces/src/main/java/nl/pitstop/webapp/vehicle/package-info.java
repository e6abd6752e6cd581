/**
 * Vehicle management: the overview, a vehicle's details with its owner and the registration form.
 */
package nl.pitstop.webapp.vehicle;
