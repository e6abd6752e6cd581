-- Version 2: customers found by words (docs/adr/0019). Each term of a customer (a word of their name, city or e-mail
-- address, or the whole of one, in lower case) is a row; the key (term, customer_id) is the index a search reads, by
-- the range of the terms that start with a word. The overview is ordered by name: an index on it, so a page is read
-- without sorting every customer. V3 adds the terms of the customers already registered.

CREATE TABLE customer_search_term (
  term VARCHAR(100) NOT NULL,
  customer_id VARCHAR(50) NOT NULL,
  PRIMARY KEY (term, customer_id),
  CONSTRAINT fk_customer_search_term_customer FOREIGN KEY (customer_id) REFERENCES customer (customer_id)
);

CREATE INDEX ix_customer_name ON customer (name, customer_id);
