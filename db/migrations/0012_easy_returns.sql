-- Schema v12: easy returns to online shops. A shop registers the return codes it hands its customers;
-- a code is used once, by the item accepted with it (in the sale's transaction), and the shop's
-- contract pays. The day's returns per shop are read from here.
CREATE TABLE return_authorization (
    code                TEXT PRIMARY KEY CHECK (length(code) = 12),
    shop_name           TEXT NOT NULL CHECK (length(shop_name) > 0),
    shop_inn            TEXT NOT NULL,
    contract            TEXT NOT NULL CHECK (length(contract) > 0),
    shop_address        TEXT NOT NULL,                -- address JSON: the recipient of the return
    order_ref           TEXT NOT NULL DEFAULT '',
    customer_name       TEXT NOT NULL DEFAULT '',
    object_code         INTEGER NOT NULL,
    declared_value_kop  BIGINT NOT NULL DEFAULT 0 CHECK (declared_value_kop >= 0),
    max_weight_g        BIGINT NOT NULL DEFAULT 0 CHECK (max_weight_g >= 0),
    valid_until         TEXT NOT NULL,                -- local date, last day accepted
    source_name         TEXT NOT NULL DEFAULT '',
    imported_at         TEXT NOT NULL,                -- UTC ISO-8601
    item_id             TEXT UNIQUE REFERENCES item(id),  -- set once, when a counter accepts it
    accepted_at         TEXT,                         -- UTC ISO-8601
    accepted_on         TEXT,                         -- local date: the day's list per shop
    counter_id          TEXT,
    CHECK ((item_id IS NULL) = (accepted_at IS NULL))
);
CREATE INDEX return_authorization_by_day ON return_authorization (accepted_on, shop_name);
