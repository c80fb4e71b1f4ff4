-- Schema v4: the durable print queue. A job is recorded before it is sent, so a crash after an
-- acceptance commit still prints (or offers to print) its label and receipt on restart.
-- Bytes are base64 text (portable across SQLite and PostgreSQL); big documents may live in a file
-- (data_path) instead.

CREATE TABLE print_job (
    id              @ID_PK@,
    document_ref    TEXT NOT NULL,                 -- e.g. "operation:42/label"
    document_kind   TEXT NOT NULL DEFAULT 'other' CHECK (document_kind IN ('label', 'receipt', 'form', 'other')),
    operation_id    BIGINT,
    printer         TEXT NOT NULL,
    language        TEXT NOT NULL CHECK (language IN ('pdf', 'zpl', 'tspl', 'escpos', 'raster')),
    title           TEXT NOT NULL DEFAULT '',
    media           TEXT NOT NULL DEFAULT '',
    copies          INTEGER NOT NULL DEFAULT 1 CHECK (copies >= 1),
    data_b64        TEXT,
    data_path       TEXT,
    state           TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'printed', 'failed')),
    reason_code     TEXT NOT NULL DEFAULT '',
    reason          TEXT NOT NULL DEFAULT '',
    attempts        INTEGER NOT NULL DEFAULT 0,
    reprint_of      BIGINT REFERENCES print_job(id),
    created_at      TEXT NOT NULL,                 -- UTC ISO-8601
    updated_at      TEXT NOT NULL,
    printed_at      TEXT,
    CHECK (data_b64 IS NOT NULL OR data_path IS NOT NULL)
);

CREATE INDEX print_job_state ON print_job (state, id);
CREATE INDEX print_job_kind ON print_job (document_kind, id);
CREATE INDEX print_job_operation ON print_job (operation_id);
