-- The workshop API answers the customers it knows in pages ordered by name (docs/adr/0019): an index on the name, so
-- a page is read without sorting every customer. Vehicles are paged and searched by license number, the primary key.
CREATE INDEX ix_customer_name ON customer (name, customer_id);
