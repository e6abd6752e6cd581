-- Version 1 of the invoicing database: the schema as EclipseLink generated it before the migrations took over
-- (docs/adr/0018). Invoicing: what it knows of customers and jobs, the invoices, and the outbox of their mails.

CREATE TABLE customer (
  customer_id VARCHAR(100) NOT NULL,
  address VARCHAR(400) NULL,
  city VARCHAR(200) NULL,
  name VARCHAR(200) NOT NULL,
  postal_code VARCHAR(50) NULL,
  PRIMARY KEY (customer_id)
);

CREATE TABLE invoice_job (
  job_id VARCHAR(36) NOT NULL,
  customer_id VARCHAR(100) NULL,
  description VARCHAR(4000) NULL,
  end_time DATETIME2 NULL,
  finished BIT DEFAULT 0 NOT NULL,
  invoice_id VARCHAR(50) NULL,
  license_number VARCHAR(50) NULL,
  start_time DATETIME2 NULL,
  version NUMERIC(19) NOT NULL,
  PRIMARY KEY (job_id)
);

CREATE INDEX ix_invoice_job_open ON invoice_job (finished, invoice_id);
CREATE INDEX ix_invoice_job_customer_id ON invoice_job (customer_id);

CREATE TABLE invoice (
  invoice_id VARCHAR(50) NOT NULL,
  amount NUMERIC(19,2) NOT NULL,
  created_at DATETIME2 NOT NULL,
  customer_address VARCHAR(400) NULL,
  customer_city VARCHAR(200) NULL,
  customer_id VARCHAR(100) NOT NULL,
  customer_name VARCHAR(200) NOT NULL,
  customer_postal_code VARCHAR(50) NULL,
  html VARCHAR(MAX) NOT NULL,
  invoice_date DATE NOT NULL,
  job_ids VARCHAR(MAX) NOT NULL,
  specification VARCHAR(MAX) NOT NULL,
  PRIMARY KEY (invoice_id)
);

CREATE INDEX ix_invoice_created_at ON invoice (created_at);
CREATE INDEX ix_invoice_customer_id ON invoice (customer_id);

CREATE TABLE processed_message (
  message_id VARCHAR(100) NOT NULL,
  handled_at DATETIME2 NOT NULL,
  message_type VARCHAR(100) NOT NULL,
  PRIMARY KEY (message_id)
);

CREATE TABLE invoice_run_lock (
  id INTEGER NOT NULL,
  PRIMARY KEY (id)
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
