-- Schema v13: the office day, closed once across all counter windows (only when every shift is
-- closed: OfficeDayRepository::lockForClose), with the day report's totals as they were at the close;
-- and two read paths measured slow: an item's tracking history (outbox by operation) and the
-- period/year reports' product of each acceptance (item id → object code without the details).
CREATE TABLE office_day (
    office_postcode TEXT NOT NULL REFERENCES office(postcode),
    day             TEXT NOT NULL CHECK (length(day) = 10),   -- YYYY-MM-DD, office local date
    closed_at       TEXT NOT NULL,                           -- UTC ISO-8601
    closed_by       TEXT NOT NULL,
    report          TEXT NOT NULL,                           -- the day report's JSON at the close
    PRIMARY KEY (office_postcode, day)
);
CREATE INDEX outbox_by_operation ON outbox (operation_id);
CREATE INDEX item_object ON item (id, object_code);
