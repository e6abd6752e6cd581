-- Which delivery of a message the handler handled: 1 the first, more when the broker had delivered it before (a
-- rollback, or a consumer that went away before acknowledging). A redelivered message may be handled after a later
-- event of its planning day (docs/adr/0023); this column is how an operator, and the replica tests, tell it apart.
-- Rows handled before this version count as first deliveries.
ALTER TABLE processed_message ADD delivery_attempt INT DEFAULT 1 NOT NULL;
