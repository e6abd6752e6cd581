-- The workshop API reads the customers and vehicles it plans for through these views, not through a second
-- mapping of this read model's tables: the views are the read model's contract with the API (docs/adr/0018).
-- Before, both mapped the tables, and whichever server started first created them.
CREATE VIEW planning_customer AS SELECT customer_id, name, telephone_number FROM customer;

CREATE VIEW planning_vehicle AS SELECT license_number, brand, type, owner_id FROM vehicle;
