-- Schema v3: tariff versions. Each row is one tariff file exactly as imported (the JSON text is the
-- source of truth; the engine's tables are rebuilt from it at load). A version applies from its
-- effective_from date (office local date) until the next version's date.

CREATE TABLE tariff_version (
    id              @ID_PK@,
    name            TEXT NOT NULL UNIQUE,
    effective_from  TEXT NOT NULL UNIQUE CHECK (length(effective_from) = 10), -- YYYY-MM-DD
    sample          INTEGER NOT NULL DEFAULT 0,
    content         TEXT NOT NULL,
    content_sha256  TEXT NOT NULL,
    imported_at     TEXT NOT NULL                                             -- UTC ISO-8601
);
