-- PostCounter schema v1: the office, its counters, identifier ranges, items, operations and the
-- tracking outbox. Times are UTC ISO-8601 strings with milliseconds; money in kopecks; weights in grams.

CREATE TABLE office (
    postcode        TEXT PRIMARY KEY CHECK (length(postcode) = 6),
    name            TEXT NOT NULL,
    region          TEXT NOT NULL DEFAULT '',
    utc_offset_min  INTEGER NOT NULL DEFAULT 180
);

CREATE TABLE counter (
    id              TEXT PRIMARY KEY,
    office_postcode TEXT NOT NULL REFERENCES office(postcode),
    name            TEXT NOT NULL
);

-- A block of identifiers the network issued to the office. next_serial only moves forward.
CREATE TABLE identifier_range (
    id              @ID_PK@,
    office_postcode TEXT NOT NULL REFERENCES office(postcode),
    kind            TEXT NOT NULL CHECK (kind IN ('rpo14', 's10')),
    prefix          TEXT NOT NULL,            -- rpo14: postcode + month counter (8 digits); s10: service indicator
    country         TEXT NOT NULL DEFAULT '', -- s10 only
    first_serial    BIGINT NOT NULL,
    last_serial     BIGINT NOT NULL,
    next_serial     BIGINT NOT NULL,
    CHECK (first_serial <= last_serial),
    CHECK (next_serial >= first_serial AND next_serial <= last_serial + 1)
);

-- Every identifier the workstation ever handed out: the primary key makes a second issue impossible.
CREATE TABLE issued_identifier (
    identifier      TEXT PRIMARY KEY,
    range_id        BIGINT NOT NULL REFERENCES identifier_range(id),
    issued_at       TEXT NOT NULL
);

CREATE TABLE item (
    id                  TEXT PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('rpo14', 's10')),
    object_code         INTEGER,
    weight_g            INTEGER NOT NULL CHECK (weight_g > 0),
    declared_value_kop  BIGINT NOT NULL DEFAULT 0,
    cod_kop             BIGINT NOT NULL DEFAULT 0,
    total_kop           BIGINT NOT NULL DEFAULT 0,
    status              TEXT NOT NULL,
    office_postcode     TEXT NOT NULL REFERENCES office(postcode),
    counter_id          TEXT NOT NULL REFERENCES counter(id),
    accepted_at         TEXT NOT NULL
);

-- The journal of counter operations: rows are only ever appended.
CREATE TABLE operation (
    id              @ID_PK@,
    item_id         TEXT NOT NULL REFERENCES item(id),
    op_type         INTEGER NOT NULL,
    op_attr         INTEGER NOT NULL,
    occurred_at     TEXT NOT NULL,
    utc_offset_min  INTEGER NOT NULL,
    office_postcode TEXT NOT NULL,
    counter_id      TEXT NOT NULL,
    operator_id     TEXT NOT NULL,
    weight_g        INTEGER,
    amount_kop      BIGINT
);

-- Tracking events waiting to reach the tracking service, in per-counter sequence order.
CREATE TABLE outbox (
    event_id        TEXT PRIMARY KEY,
    operation_id    BIGINT NOT NULL REFERENCES operation(id),
    counter_id      TEXT NOT NULL,
    seq             BIGINT NOT NULL,
    item_id         TEXT NOT NULL,
    payload         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    sent_at         TEXT,
    UNIQUE (counter_id, seq)
);
