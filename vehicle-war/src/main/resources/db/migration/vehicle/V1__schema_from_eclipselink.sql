-- Version 1 of the vehicle database: the schema as EclipseLink generated it before the migrations took over
-- (docs/adr/0018). The vehicle service: vehicles and the outbox of their events.

CREATE TABLE vehicle (
  license_number VARCHAR(20) NOT NULL,
  brand VARCHAR(50) NOT NULL,
  owner_id VARCHAR(50) NOT NULL,
  type VARCHAR(50) NOT NULL,
  PRIMARY KEY (license_number)
);

CREATE TABLE outbox_message (
  position NUMERIC(19) IDENTITY NOT NULL,
  aggregate_id VARCHAR(100) NULL,
  created_at DATETIME2 NOT NULL,
  message_id VARCHAR(36) NOT NULL,
  message_type VARCHAR(100) NOT NULL,
  payload VARCHAR(MAX) NOT NULL,
  traceparent VARCHAR(55) NULL,
  PRIMARY KEY (position)
);

CREATE UNIQUE INDEX ux_outbox_message_id ON outbox_message (message_id);

CREATE TABLE outbox_relay (
  name VARCHAR(100) NOT NULL,
  claimed_at DATETIME2 NOT NULL,
  claimed_by VARCHAR(200) NOT NULL,
  PRIMARY KEY (name)
);
