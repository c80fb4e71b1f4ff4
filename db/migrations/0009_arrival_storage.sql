-- Schema v9: items that arrived at this office for delivery and wait in storage, and the office's
-- calendar of exceptions to the Monday–Friday working week (storage periods start on the working
-- day after arrival).

-- One row per exception: working = 0 for a holiday on a weekday, 1 for a working Saturday/Sunday.
CREATE TABLE office_calendar (
    day             TEXT PRIMARY KEY CHECK (length(day) = 10),   -- YYYY-MM-DD, local
    working         INTEGER NOT NULL CHECK (working IN (0, 1)),
    note            TEXT NOT NULL DEFAULT ''
);

-- An arrived item: where it is kept, for whom, until when, and what became of it. The recipient's
-- name and phone are personal data: they stay here (for finding the item) and never reach events.
CREATE TABLE stored_item (
    item_id                 TEXT PRIMARY KEY REFERENCES item(id),
    place                   TEXT NOT NULL CHECK (length(place) > 0),
    holding                 TEXT NOT NULL DEFAULT 'standard'
                            CHECK (holding IN ('standard', 'poste_restante', 'po_box')),
    category                TEXT NOT NULL
                            CHECK (category IN ('letter', 'parcel', 'court_letter', 'money_transfer')),
    recipient_name          TEXT NOT NULL DEFAULT '',
    recipient_name_key      TEXT NOT NULL DEFAULT '',    -- case-folded, spacing collapsed: for search
    recipient_phone_digits  TEXT NOT NULL DEFAULT '',    -- national number, digits only (no leading 7/8)
    cod_kop                 BIGINT NOT NULL DEFAULT 0 CHECK (cod_kop >= 0),
    no_return               INTEGER NOT NULL DEFAULT 0 CHECK (no_return IN (0, 1)),
    sms_notice              INTEGER NOT NULL DEFAULT 0 CHECK (sms_notice IN (0, 1)),
    shelf_life_days         INTEGER NOT NULL DEFAULT 0 CHECK (shelf_life_days >= 0),
    arrived_at              TEXT NOT NULL,               -- UTC ISO-8601
    storage_from            TEXT NOT NULL,               -- local date, first day of storage
    storage_until           TEXT NOT NULL,               -- local date, last day kept (inclusive)
    extended_days           INTEGER NOT NULL DEFAULT 0 CHECK (extended_days >= 0),
    state                   TEXT NOT NULL DEFAULT 'stored'
                            CHECK (state IN ('stored', 'delivered', 'returned', 'unclaimed')),
    state_at                TEXT NOT NULL,               -- UTC ISO-8601 of the last state change
    notice_job              BIGINT                       -- the Ф.22 print job
);
CREATE INDEX stored_item_by_phone ON stored_item (recipient_phone_digits);
CREATE INDEX stored_item_by_name ON stored_item (recipient_name_key);
CREATE INDEX stored_item_by_expiry ON stored_item (state, storage_until);
