-- Version 1 of the workshopeventstore database: the schema as EclipseLink generated it before the migrations took over
-- (docs/adr/0018). The workshop planning's event store: one stream per planning day, its events (the outbox of the
-- workshop service), snapshots, and the relay's claim.

CREATE TABLE event_stream (
  stream_id VARCHAR(100) NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (stream_id)
);

CREATE TABLE stored_event (
  position NUMERIC(19) IDENTITY NOT NULL,
  data VARCHAR(MAX) NOT NULL,
  event_type VARCHAR(100) NOT NULL,
  message_id VARCHAR(36) NOT NULL,
  published BIT DEFAULT 0 NOT NULL,
  recorded_at DATETIME2 NOT NULL,
  stream_id VARCHAR(100) NOT NULL,
  traceparent VARCHAR(55) NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (position)
);

CREATE INDEX ix_stored_event_unpublished ON stored_event (published, position);
CREATE UNIQUE INDEX ux_stored_event_message_id ON stored_event (message_id);

CREATE TABLE outbox_relay (
  name VARCHAR(100) NOT NULL,
  claimed_at DATETIME2 NOT NULL,
  claimed_by VARCHAR(200) NOT NULL,
  PRIMARY KEY (name)
);

CREATE TABLE stream_snapshot (
  stream_id VARCHAR(100) NOT NULL,
  schema_version INTEGER NOT NULL,
  state VARBINARY(MAX) NOT NULL,
  taken_at DATETIME2 NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (stream_id)
);

ALTER TABLE stored_event ADD CONSTRAINT ux_stored_event_stream_version UNIQUE (stream_id, version);
