-- The messages handled in a span of time (how far the handler has got, what it handled in the last minutes: the
-- benchmark's drain and an operator's first question) were a scan of the whole table, which grows by every event.
CREATE INDEX ix_processed_message_handled_at ON processed_message (handled_at);
