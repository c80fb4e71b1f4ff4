-- Schema v5: the hash-chained journal (docs/tracking-api.md, "Journal chain"). Each operation row
-- carries its counter's journal sequence number, the hash of the previous row of that counter and its
-- own hash (SHA-256 over the canonical encoding in db/journal/JournalCodec.h). Rows written before
-- this version have NULLs and are sealed into the chain by the next append on their counter.

ALTER TABLE operation ADD COLUMN journal_seq BIGINT;
ALTER TABLE operation ADD COLUMN prev_hash TEXT;
ALTER TABLE operation ADD COLUMN hash TEXT;

CREATE UNIQUE INDEX operation_journal ON operation (counter_id, journal_seq);
CREATE INDEX operation_unchained ON operation (counter_id) WHERE journal_seq IS NULL;
CREATE INDEX outbox_parked ON outbox (counter_id, seq) WHERE parked_reason IS NOT NULL;
