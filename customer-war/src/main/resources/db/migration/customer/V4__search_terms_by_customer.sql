-- Version 4 (docs/adr/0019): a search whose every word is common reads the customers in name order and asks, for each,
-- whether it has a term starting with each word: an index on (customer_id, term) answers that with one seek. It is also
-- the index of the foreign key to customer.
CREATE INDEX ix_customer_search_term_customer ON customer_search_term (customer_id, term);
