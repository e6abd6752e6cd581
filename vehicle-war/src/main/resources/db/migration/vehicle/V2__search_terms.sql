-- Version 2: vehicles found by words (docs/adr/0019). Each term of a vehicle (a word of its license number, brand or
-- type, or the whole of one, in lower case) is a row; the key (term, license_number) is the index a search reads, by
-- the range of the terms that start with a word. A customer's vehicles are asked for by owner: an index on it. V3
-- adds the terms of the vehicles already registered.

CREATE TABLE vehicle_search_term (
  term VARCHAR(100) NOT NULL,
  license_number VARCHAR(20) NOT NULL,
  PRIMARY KEY (term, license_number),
  CONSTRAINT fk_vehicle_search_term_vehicle FOREIGN KEY (license_number) REFERENCES vehicle (license_number)
);

CREATE INDEX ix_vehicle_owner_id ON vehicle (owner_id, license_number);
