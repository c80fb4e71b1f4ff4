-- Schema v7: the counter's sale. Receipts with per-counter gap-free numbers (never reused: the
-- number is taken in the same transaction as the items it pays for), their lines, the full details
-- of each accepted item, business clients' pre-registered lists, and print jobs kept as a form plus
-- its data (rendered when sent, so the acceptance transaction stays short).

CREATE TABLE receipt_counter (
    counter_id      TEXT PRIMARY KEY REFERENCES counter(id),
    last_number     BIGINT NOT NULL DEFAULT 0 CHECK (last_number >= 0)
);

-- A sale (items accepted and paid) or a refund (a void). Totals are positive; kind says the sign.
CREATE TABLE receipt (
    id              @ID_PK@,
    counter_id      TEXT NOT NULL REFERENCES counter(id),
    number          BIGINT NOT NULL CHECK (number > 0),
    kind            TEXT NOT NULL CHECK (kind IN ('sale', 'refund')),
    refund_of       BIGINT REFERENCES receipt(id),
    shift_id        BIGINT REFERENCES shift(id),
    operator_id     TEXT NOT NULL,
    total_kop       BIGINT NOT NULL CHECK (total_kop >= 0),
    vat_kop         BIGINT NOT NULL DEFAULT 0,
    method          TEXT NOT NULL CHECK (method IN ('cash', 'card', 'contract')),
    tendered_kop    BIGINT,
    change_kop      BIGINT,
    card_auth_code  TEXT,
    card_rrn        TEXT,
    card_pan        TEXT,                          -- masked, as the terminal printed it
    contract        TEXT,
    created_at      TEXT NOT NULL,                 -- UTC ISO-8601
    UNIQUE (counter_id, number),
    CHECK (kind = 'sale' OR refund_of IS NOT NULL)
);
CREATE INDEX receipt_by_time ON receipt (counter_id, created_at);

-- 54-FZ style lines: name, quantity, price, VAT; item_id links a line to the item it is for.
CREATE TABLE receipt_line (
    receipt_id      BIGINT NOT NULL REFERENCES receipt(id),
    line_no         INTEGER NOT NULL,
    item_id         TEXT,
    name            TEXT NOT NULL,
    quantity        INTEGER NOT NULL DEFAULT 1,
    price_kop       BIGINT NOT NULL,
    vat_rate_bp     INTEGER NOT NULL DEFAULT 0,
    vat_kop         BIGINT NOT NULL DEFAULT 0,
    total_kop       BIGINT NOT NULL,
    PRIMARY KEY (receipt_id, line_no)
);

-- A business client's list as imported; its items wait to be scanned at the counter.
CREATE TABLE business_list (
    id              @ID_PK@,
    client_name     TEXT NOT NULL,
    client_inn      TEXT NOT NULL DEFAULT '',
    contract        TEXT NOT NULL DEFAULT '',
    source_name     TEXT NOT NULL DEFAULT '',
    source_sha256   TEXT NOT NULL,
    format          TEXT NOT NULL CHECK (format IN ('json', 'csv')),
    lines_total     INTEGER NOT NULL,
    lines_rejected  INTEGER NOT NULL,
    state           TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    imported_at     TEXT NOT NULL,
    closed_at       TEXT,
    closed_by       TEXT
);

CREATE TABLE business_item (
    barcode         TEXT PRIMARY KEY,
    list_id         BIGINT NOT NULL REFERENCES business_list(id),
    line_no         INTEGER NOT NULL,
    object_code     INTEGER NOT NULL,
    shipment        TEXT NOT NULL,                 -- JSON (docs/acceptance-item-json.md)
    total_kop       BIGINT NOT NULL DEFAULT 0,     -- the tariff's price at import, for the list total
    state           TEXT NOT NULL DEFAULT 'expected' CHECK (state IN ('expected', 'accepted')),
    accepted_at     TEXT
);
CREATE INDEX business_item_by_list ON business_item (list_id, state);

ALTER TABLE item ADD COLUMN receipt_id BIGINT REFERENCES receipt(id);
ALTER TABLE item ADD COLUMN details TEXT;          -- shipment JSON: addresses, services, customs, inventory
ALTER TABLE item ADD COLUMN business_list_id BIGINT REFERENCES business_list(id);
ALTER TABLE item ADD COLUMN voided_at TEXT;
CREATE INDEX item_by_receipt ON item (receipt_id);

-- A job may carry the form and its data instead of bytes (data_b64 = ''): the print thread renders
-- it for the printer it goes to. Reprints render again from the same data.
ALTER TABLE print_job ADD COLUMN form TEXT;
ALTER TABLE print_job ADD COLUMN form_data TEXT;
