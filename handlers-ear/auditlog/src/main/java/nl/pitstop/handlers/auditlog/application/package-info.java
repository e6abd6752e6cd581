/** The audit log: every event stored once, and queried. */
package nl.pitstop.handlers.auditlog.application;
