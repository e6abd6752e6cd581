ALTER TABLE garage ADD city VARCHAR(100) NULL;
CREATE INDEX ix_garage_city ON garage (city);
