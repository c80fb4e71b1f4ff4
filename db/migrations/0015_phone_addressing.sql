-- Schema v15: items sent by the recipient's phone number (docs/phone-send.md). The item itself (its
-- details carry "addressing": "by_recipient_phone", the name and the mobile number) is an ordinary
-- item row; this table holds the office the recipient chose, set once, with the address update
-- operation (4.1) that recorded it. No row: not addressed yet.
CREATE TABLE phone_addressing (
    item_id         TEXT PRIMARY KEY REFERENCES item(id),
    postcode        TEXT NOT NULL CHECK (length(postcode) = 6),  -- the delivery office chosen
    address         TEXT NOT NULL DEFAULT '',                     -- the recipient's address, if given
    addressed_at    TEXT NOT NULL,                                -- UTC ISO-8601
    counter_id      TEXT NOT NULL,
    operation_id    BIGINT NOT NULL REFERENCES operation(id)
);
