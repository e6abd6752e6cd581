/** The audit log: every event the system published, filtered by type, aggregate and time. */
package nl.pitstop.webapp.auditlog;
