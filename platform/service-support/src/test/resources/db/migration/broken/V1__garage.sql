CREATE TABLE garage (
  garage_id VARCHAR(50) NOT NULL,
  name VARCHAR(100) NOT NULL,
  PRIMARY KEY (garage_id)
);
