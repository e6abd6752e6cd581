-- Version 1 of the notification database: the schema as EclipseLink generated it before the migrations took over
-- (docs/adr/0018). Notification: what it knows of customers and jobs, and the outbox of the reminder mails.

CREATE TABLE customer (
  customer_id VARCHAR(50) NOT NULL,
  email_address VARCHAR(320) NULL,
  name VARCHAR(200) NOT NULL,
  telephone_number VARCHAR(50) NULL,
  PRIMARY KEY (customer_id)
);

CREATE TABLE reminder_job (
  job_id VARCHAR(36) NOT NULL,
  customer_id VARCHAR(50) NULL,
  description VARCHAR(1000) NULL,
  finished BIT DEFAULT 0 NOT NULL,
  license_number VARCHAR(50) NULL,
  planned BIT DEFAULT 0 NOT NULL,
  reminded_at DATETIME2 NULL,
  start_time DATETIME2 NULL,
  row_version NUMERIC(19) NOT NULL,
  PRIMARY KEY (job_id)
);

CREATE INDEX ix_reminder_job_start_time ON reminder_job (start_time);
CREATE INDEX ix_reminder_job_customer_id ON reminder_job (customer_id);

CREATE TABLE processed_message (
  message_id VARCHAR(100) NOT NULL,
  handled_at DATETIME2 NOT NULL,
  message_type VARCHAR(100) NOT NULL,
  PRIMARY KEY (message_id)
);

CREATE TABLE outgoing_mail (
  id NUMERIC(19) IDENTITY NOT NULL,
  attempts INTEGER NOT NULL,
  body VARCHAR(MAX) NOT NULL,
  html BIT DEFAULT 0 NOT NULL,
  inline_images VARCHAR(500) NULL,
  last_error VARCHAR(1000) NULL,
  queued_at DATETIME2 NOT NULL,
  recipient VARCHAR(320) NOT NULL,
  reference VARCHAR(200) NULL,
  sender VARCHAR(320) NOT NULL,
  sent_at DATETIME2 NULL,
  subject VARCHAR(500) NOT NULL,
  traceparent VARCHAR(55) NULL,
  undeliverable_at DATETIME2 NULL,
  PRIMARY KEY (id)
);

CREATE INDEX ix_outgoing_mail_sent ON outgoing_mail (sent_at);
