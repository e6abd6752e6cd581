/**
 * Workshop management: the day and week plannings, scheduling a job, a job's details and finishing
 * it. Scheduling needs only the workshop API (its reference data), so it works while the customer
 * and vehicle APIs are offline.
 */
package nl.pitstop.webapp.workshop;
