-- Version 1 of the workshop database: the schema as EclipseLink generated it before the migrations took over
-- (docs/adr/0018). The workshop read model, written by the workshop projection (its owner).

CREATE TABLE customer (
  customer_id VARCHAR(50) NOT NULL,
  name VARCHAR(100) NOT NULL,
  telephone_number VARCHAR(30) NULL,
  PRIMARY KEY (customer_id)
);

CREATE TABLE vehicle (
  license_number VARCHAR(20) NOT NULL,
  brand VARCHAR(50) NULL,
  owner_id VARCHAR(50) NULL,
  type VARCHAR(50) NULL,
  PRIMARY KEY (license_number)
);

CREATE TABLE maintenance_job (
  id VARCHAR(36) NOT NULL,
  actual_end_time DATETIME2 NULL,
  actual_start_time DATETIME2 NULL,
  customer_id VARCHAR(50) NULL,
  description VARCHAR(1000) NULL,
  end_time DATETIME2 NULL,
  notes VARCHAR(2000) NULL,
  start_time DATETIME2 NULL,
  vehicle_license_number VARCHAR(20) NULL,
  workshop_planning_date DATE NULL,
  PRIMARY KEY (id)
);

CREATE INDEX ix_maintenance_job_customer_id ON maintenance_job (customer_id);
CREATE INDEX ix_maintenance_job_vehicle_license_number ON maintenance_job (vehicle_license_number);
CREATE INDEX ix_maintenance_job_planning_date ON maintenance_job (workshop_planning_date);

CREATE TABLE processed_message (
  message_id VARCHAR(100) NOT NULL,
  handled_at DATETIME2 NOT NULL,
  message_type VARCHAR(100) NOT NULL,
  PRIMARY KEY (message_id)
);
