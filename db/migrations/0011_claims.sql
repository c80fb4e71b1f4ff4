-- Schema v11: search claims (заявление на розыск) for items a customer says are lost, and the
-- history of each claim. Dates are computed by the program and stored as text (portable SQL).

-- One claim. item_id is not a reference: an item not accepted here may be claimed with its data typed in.
CREATE TABLE claim (
    id                  @ID_PK@,
    number              TEXT NOT NULL UNIQUE,                 -- "101000-2026-000042"
    office_postcode     TEXT NOT NULL,
    claim_year          INTEGER NOT NULL,
    seq                 INTEGER NOT NULL CHECK (seq > 0),
    item_id             TEXT NOT NULL,
    item_known          INTEGER NOT NULL DEFAULT 0 CHECK (item_known IN (0, 1)),
    international       INTEGER NOT NULL DEFAULT 0 CHECK (international IN (0, 1)),
    accepted_on         TEXT NOT NULL,                        -- local date of acceptance
    accepted_office     TEXT NOT NULL DEFAULT '',
    claimant_role       TEXT NOT NULL CHECK (claimant_role IN ('sender', 'recipient')),
    claimant_name       TEXT NOT NULL CHECK (length(claimant_name) > 0),
    claimant_phone      TEXT NOT NULL DEFAULT '',
    claimant_address    TEXT NOT NULL DEFAULT '',
    sender_name         TEXT NOT NULL DEFAULT '',
    sender_address      TEXT NOT NULL DEFAULT '',
    recipient_name      TEXT NOT NULL DEFAULT '',
    recipient_address   TEXT NOT NULL DEFAULT '',
    declared_value_kop  BIGINT NOT NULL DEFAULT 0 CHECK (declared_value_kop >= 0),
    contents            TEXT NOT NULL DEFAULT '',
    route               TEXT NOT NULL DEFAULT '',             -- what was known of the route, one line per event
    opened_at           TEXT NOT NULL,                        -- UTC ISO-8601
    filed_on            TEXT NOT NULL,                        -- local date
    deadline            TEXT NOT NULL,                        -- local date the answer is due (inclusive)
    state               TEXT NOT NULL DEFAULT 'opened' CHECK (state IN ('opened', 'answered', 'closed')),
    state_at            TEXT NOT NULL,
    answer              TEXT NOT NULL DEFAULT '',
    outcome             TEXT CHECK (outcome IS NULL OR outcome IN ('found', 'returned', 'lost', 'rejected')),
    compensation_kop    BIGINT NOT NULL DEFAULT 0 CHECK (compensation_kop >= 0),
    counter_id          TEXT NOT NULL,
    operator_id         TEXT NOT NULL DEFAULT '',
    form_job            BIGINT,                               -- the A4 claim form's print job
    slip_job            BIGINT,                               -- the claimant's acknowledgement slip
    UNIQUE (office_postcode, claim_year, seq)
);
CREATE INDEX claim_by_item ON claim (item_id);
CREATE INDEX claim_by_state ON claim (state, deadline);

-- Every state change of a claim: opened, answered, closed, with who and what was said.
CREATE TABLE claim_event (
    id                  @ID_PK@,
    claim_id            BIGINT NOT NULL REFERENCES claim(id),
    event_at            TEXT NOT NULL,                        -- UTC ISO-8601
    state               TEXT NOT NULL CHECK (state IN ('opened', 'answered', 'closed')),
    counter_id          TEXT NOT NULL,
    operator_id         TEXT NOT NULL DEFAULT '',
    note                TEXT NOT NULL DEFAULT ''
);
CREATE INDEX claim_event_by_claim ON claim_event (claim_id, id);
