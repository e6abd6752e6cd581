-- Version 1 of the customer database: the schema as EclipseLink generated it before the migrations took over
-- (docs/adr/0018). The customer service: customers and the outbox of their events.

CREATE TABLE customer (
  customer_id VARCHAR(50) NOT NULL,
  address VARCHAR(200) NOT NULL,
  city VARCHAR(100) NOT NULL,
  email_address VARCHAR(254) NOT NULL,
  name VARCHAR(100) NOT NULL,
  postal_code VARCHAR(20) NOT NULL,
  telephone_number VARCHAR(30) NOT NULL,
  PRIMARY KEY (customer_id)
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
