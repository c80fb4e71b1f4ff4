-- Schema v2: operators, delivery bookkeeping for the outbox drain, and the indexes the counter's
-- "today" list and the drain query use.

CREATE TABLE operator (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT 'operator' CHECK (role IN ('operator', 'supervisor', 'admin')),
    active      INTEGER NOT NULL DEFAULT 1
);

ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN last_error TEXT;
ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT;
ALTER TABLE outbox ADD COLUMN parked_reason TEXT;

CREATE INDEX outbox_pending ON outbox (counter_id, seq) WHERE sent_at IS NULL;
CREATE INDEX operation_by_time ON operation (occurred_at);
CREATE INDEX operation_by_item ON operation (item_id);
