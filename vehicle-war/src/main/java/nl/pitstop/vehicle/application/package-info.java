/** Vehicle use cases (commands as records) and their transaction boundaries. */
package nl.pitstop.vehicle.application;
