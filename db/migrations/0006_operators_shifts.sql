-- Schema v6: operator log-in (Argon2id hash, lockout), cash shifts, cash movements and supervisor
-- approvals. Shift figures are never stored as running counters: expected_kop and counted_kop are
-- written once, at close, from the journal; the shift is then sealed.

ALTER TABLE operator ADD COLUMN password_hash TEXT;
ALTER TABLE operator ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE operator ADD COLUMN locked_until TEXT;

CREATE TABLE shift (
    id                  @ID_PK@,
    counter_id          TEXT NOT NULL REFERENCES counter(id),
    operator_id         TEXT NOT NULL REFERENCES operator(id),
    opened_at           TEXT NOT NULL,                 -- UTC ISO-8601
    closed_at           TEXT,
    float_kop           BIGINT NOT NULL CHECK (float_kop >= 0),
    counted_kop         BIGINT,
    counted_detail      TEXT,                          -- JSON {"denomination_kop": count, ...}
    expected_kop        BIGINT,
    discrepancy_reason  TEXT,
    approved_by         TEXT REFERENCES operator(id),
    sealed              INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1)),
    CHECK (sealed = 0 OR closed_at IS NOT NULL)
);

-- One open shift per counter, enforced by the database as well as by the service.
CREATE UNIQUE INDEX shift_one_open ON shift (counter_id) WHERE closed_at IS NULL;
CREATE INDEX shift_by_counter ON shift (counter_id, opened_at);

-- Cash handed to the counter by the head of office (in) or taken from it (out).
CREATE TABLE cash_movement (
    id              @ID_PK@,
    shift_id        BIGINT NOT NULL REFERENCES shift(id),
    kind            TEXT NOT NULL CHECK (kind IN ('in', 'out')),
    amount_kop      BIGINT NOT NULL CHECK (amount_kop > 0),
    reason          TEXT NOT NULL CHECK (length(reason) > 0),
    operator_id     TEXT NOT NULL,
    at              TEXT NOT NULL
);
CREATE INDEX cash_movement_by_shift ON cash_movement (shift_id);

-- Who approved what, when: every supervisor approval (void, refund, cash correction, manual price,
-- closing with a discrepancy) is one row, never updated.
CREATE TABLE approval (
    id              @ID_PK@,
    shift_id        BIGINT REFERENCES shift(id),
    action          TEXT NOT NULL CHECK (action IN ('void', 'refund', 'cash_correction', 'manual_price',
                                                    'close_discrepancy')),
    subject         TEXT NOT NULL DEFAULT '',      -- e.g. an item or operation id
    requested_by    TEXT NOT NULL,
    approved_by     TEXT NOT NULL REFERENCES operator(id),
    reason          TEXT NOT NULL DEFAULT '',
    at              TEXT NOT NULL
);
CREATE INDEX approval_by_shift ON approval (shift_id);
