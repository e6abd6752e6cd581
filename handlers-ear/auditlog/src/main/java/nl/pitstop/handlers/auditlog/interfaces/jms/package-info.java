/** The audit log's message-driven bean. */
package nl.pitstop.handlers.auditlog.interfaces.jms;
