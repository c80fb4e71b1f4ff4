-- Schema v14: the reminder (secondary notice, 8.24 again) given for an item whose storage period is
-- ending, so the daily run reminds each item once.
ALTER TABLE stored_item ADD COLUMN reminded_at TEXT;   -- UTC ISO-8601; NULL: not reminded yet
