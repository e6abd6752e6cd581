-- Version 4 (docs/adr/0019): a search whose every word is common reads the vehicles in license-number order and asks,
-- for each, whether it has a term starting with each word: an index on (license_number, term) answers that with one
-- seek. It is also the index of the foreign key to vehicle.
CREATE INDEX ix_vehicle_search_term_vehicle ON vehicle_search_term (license_number, term);
