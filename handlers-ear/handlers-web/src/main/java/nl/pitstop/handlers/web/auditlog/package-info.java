/** {@code /api/auditlog}: the audit log, filtered and paged. */
package nl.pitstop.handlers.web.auditlog;
