-- Version 1 of the auditlog database: the schema as EclipseLink generated it before the migrations took over
-- (docs/adr/0018). The audit log: every event once.

CREATE TABLE audit_entry (
  position NUMERIC(19) IDENTITY NOT NULL,
  aggregate_id VARCHAR(100) NULL,
  event_time DATETIME2 NOT NULL,
  message_id VARCHAR(100) NOT NULL,
  message_type VARCHAR(100) NOT NULL,
  payload VARCHAR(MAX) NOT NULL,
  published_at DATETIME2 NULL,
  received_at DATETIME2 NOT NULL,
  PRIMARY KEY (position)
);

CREATE UNIQUE INDEX ux_audit_entry_message_id ON audit_entry (message_id);
CREATE INDEX ix_audit_entry_type ON audit_entry (message_type);
CREATE INDEX ix_audit_entry_aggregate ON audit_entry (aggregate_id);
CREATE INDEX ix_audit_entry_time ON audit_entry (event_time);
