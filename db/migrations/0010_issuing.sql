-- Schema v10: handing arrived items to their recipients. How each recipient was identified (the
-- identity document number only encrypted, plus its masked form), one-time SMS codes (a salted hash,
-- never the code), the hand-over of each item, the COD transfer back to the sender, charges due at
-- hand-over, refusals and failed attempts.

CREATE TABLE sms_code (
    id              @ID_PK@,
    phone_digits    TEXT NOT NULL CHECK (length(phone_digits) = 10),
    item_id         TEXT REFERENCES item(id),          -- the item it was asked for, if any
    code_hash       TEXT NOT NULL,                      -- hex SHA-256(salt || code)
    salt            TEXT NOT NULL,                      -- hex
    created_at      TEXT NOT NULL,                      -- UTC ISO-8601
    expires_at      TEXT NOT NULL,
    wrong_attempts  INTEGER NOT NULL DEFAULT 0 CHECK (wrong_attempts >= 0),
    state           TEXT NOT NULL DEFAULT 'active'
                    CHECK (state IN ('active', 'verified', 'used', 'expired', 'locked')),
    used_at         TEXT
);
CREATE INDEX sms_code_by_phone ON sms_code (phone_digits, id);

CREATE TABLE recipient_identification (
    id                  @ID_PK@,
    method              TEXT NOT NULL CHECK (method IN ('id_doc', 'power_of_attorney', 'sms_code')),
    doc_type            TEXT,
    doc_masked          TEXT,
    doc_number_enc      TEXT,                           -- base64 crypto_secretbox ciphertext
    doc_number_nonce    TEXT,                           -- base64 nonce
    doc_issued          TEXT,                           -- YYYY-MM-DD
    doc_issuer          TEXT,
    poa_number          TEXT,
    poa_issued_on       TEXT,
    poa_valid_until     TEXT,
    poa_issued_by       TEXT,
    sms_code_id         BIGINT REFERENCES sms_code(id),
    operator_id         TEXT NOT NULL,
    counter_id          TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    CHECK (method = 'sms_code' OR (doc_type IS NOT NULL AND doc_masked IS NOT NULL
                                   AND doc_number_enc IS NOT NULL AND doc_number_nonce IS NOT NULL)),
    CHECK (method <> 'power_of_attorney' OR (poa_number IS NOT NULL AND poa_issued_by IS NOT NULL)),
    CHECK (method <> 'sms_code' OR sms_code_id IS NOT NULL)
);

-- The COD amount collected for an item, on its way back to the sender by Ф.112ЭП (object 1040).
CREATE TABLE cod_transfer (
    id              @ID_PK@,
    item_id         TEXT NOT NULL UNIQUE REFERENCES item(id),
    amount_kop      BIGINT NOT NULL CHECK (amount_kop > 0),    -- collected from the recipient
    fee_kop         BIGINT NOT NULL CHECK (fee_kop >= 0),
    fee_paid_by     TEXT NOT NULL CHECK (fee_paid_by IN ('recipient', 'sender')),
    transfer_kop    BIGINT NOT NULL CHECK (transfer_kop > 0),  -- what the sender receives
    f112_number     TEXT NOT NULL UNIQUE,
    receipt_id      BIGINT NOT NULL REFERENCES receipt(id),
    operation_id    BIGINT NOT NULL REFERENCES operation(id),  -- 63 COD paid
    print_job       BIGINT,
    created_at      TEXT NOT NULL
);

-- One row per handed-over item: the primary key makes a second hand-over impossible, and COD money
-- collected always names its transfer record.
CREATE TABLE hand_over (
    item_id             TEXT PRIMARY KEY REFERENCES item(id),
    identification_id   BIGINT NOT NULL REFERENCES recipient_identification(id),
    operation_id        BIGINT NOT NULL REFERENCES operation(id),
    receipt_id          BIGINT REFERENCES receipt(id),
    cod_transfer_id     BIGINT UNIQUE REFERENCES cod_transfer(id),
    cod_kop             BIGINT NOT NULL DEFAULT 0 CHECK (cod_kop >= 0),
    cod_fee_kop         BIGINT NOT NULL DEFAULT 0 CHECK (cod_fee_kop >= 0),
    customs_duty_kop    BIGINT NOT NULL DEFAULT 0 CHECK (customs_duty_kop >= 0),
    storage_charge_kop  BIGINT NOT NULL DEFAULT 0 CHECK (storage_charge_kop >= 0),
    total_kop           BIGINT NOT NULL DEFAULT 0 CHECK (total_kop >= 0),
    handed_at           TEXT NOT NULL,
    CHECK ((cod_kop = 0 AND cod_transfer_id IS NULL) OR (cod_kop > 0 AND cod_transfer_id IS NOT NULL)),
    CHECK (total_kop = 0 OR receipt_id IS NOT NULL)
);

-- Charges collected at hand-over besides COD: customs duty, storage extension.
CREATE TABLE item_charge (
    id              @ID_PK@,
    item_id         TEXT NOT NULL REFERENCES item(id),
    kind            TEXT NOT NULL CHECK (kind IN ('customs_duty', 'storage_extension')),
    amount_kop      BIGINT NOT NULL CHECK (amount_kop > 0),
    created_at      TEXT NOT NULL,
    receipt_id      BIGINT REFERENCES receipt(id)       -- set when paid
);
CREATE INDEX item_charge_by_item ON item_charge (item_id);

-- Refusals (3.4) and failed attempts (12.x), with the journal operation that reports them.
CREATE TABLE delivery_attempt (
    id              @ID_PK@,
    item_id         TEXT NOT NULL REFERENCES item(id),
    kind            TEXT NOT NULL CHECK (kind IN ('refused', 'failed')),
    op_attr         INTEGER NOT NULL,
    reason          TEXT NOT NULL DEFAULT '',
    operation_id    BIGINT NOT NULL REFERENCES operation(id),
    operator_id     TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX delivery_attempt_by_item ON delivery_attempt (item_id);
