-- Schema v16: an identifier range may belong to one counter window. Windows of a busy office then
-- allocate from their own rows instead of queueing on the office's one range row until each commit
-- (the p99 of acceptance with 8 windows on PostgreSQL). NULL: shared by every window of the office.
ALTER TABLE identifier_range ADD COLUMN counter_id TEXT;
