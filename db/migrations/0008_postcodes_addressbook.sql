-- Schema v8: the postcode directory (the clerk types the recipient's postcode first and the office,
-- region and settlement are filled from here) and the counter's address book of recent senders.

-- One row per postcode, replaced as a whole when a newer directory file is imported.
CREATE TABLE postcode_office (
    postcode        TEXT PRIMARY KEY CHECK (length(postcode) = 6),
    office_name     TEXT NOT NULL CHECK (length(office_name) > 0),
    region          TEXT NOT NULL DEFAULT '',
    settlement      TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL DEFAULT 'office'
                    CHECK (kind IN ('office', 'po_box', 'mobile', 'seasonal', 'closed')),
    closed          INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
    source          TEXT NOT NULL DEFAULT '',      -- 'sample' for the shipped sample, else the file name
    imported_at     TEXT NOT NULL                  -- UTC ISO-8601
);
-- Prefix search ("1010…") runs as a range on the primary key: postcode >= '1010' AND postcode < '1011'.
CREATE INDEX postcode_office_by_settlement ON postcode_office (settlement);

-- A sender (or recipient) the counter has seen. norm_key (case-folded, spacing-collapsed name and
-- address) makes "the same customer" one row whose use_count grows; the phone is not part of it, the
-- latest one given is kept.
CREATE TABLE address_book (
    id              @ID_PK@,
    name            TEXT NOT NULL CHECK (length(name) > 0),
    postcode        TEXT NOT NULL DEFAULT '',
    country         TEXT NOT NULL DEFAULT 'RU',
    region          TEXT NOT NULL DEFAULT '',
    place           TEXT NOT NULL DEFAULT '',
    street          TEXT NOT NULL DEFAULT '',
    house           TEXT NOT NULL DEFAULT '',
    room            TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    address_type    TEXT NOT NULL DEFAULT 'street'
                    CHECK (address_type IN ('street', 'po_box', 'poste_restante', 'unit')),
    name_key        TEXT NOT NULL,                 -- case-folded name, for search
    phone_key       TEXT NOT NULL DEFAULT '',      -- digits only, national number (no leading 7/8)
    norm_key        TEXT NOT NULL UNIQUE,
    use_count       INTEGER NOT NULL DEFAULT 1 CHECK (use_count > 0),
    last_used_at    TEXT NOT NULL                  -- UTC ISO-8601
);
CREATE INDEX address_book_by_recent ON address_book (last_used_at);
CREATE INDEX address_book_by_name ON address_book (name_key);
CREATE INDEX address_book_by_phone ON address_book (phone_key);
CREATE INDEX address_book_by_postcode ON address_book (postcode);
