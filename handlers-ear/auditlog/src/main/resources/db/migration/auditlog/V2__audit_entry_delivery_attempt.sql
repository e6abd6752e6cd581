-- Which delivery of a message the audit log recorded: 1 the first, more when the broker had delivered it before (a
-- rollback, or a consumer that went away before acknowledging). A redelivered message may be recorded after a later
-- event of its planning day (docs/adr/0023); this column tells an auditor so. Entries recorded before this version
-- count as first deliveries.
ALTER TABLE audit_entry ADD delivery_attempt INT DEFAULT 1 NOT NULL;
