-- The ledger (台账, HJ 1259—2022 §6.3): which stage a record's source batch is of (a code may name both a generated
-- and a stored-out batch), an index to sum what later records took out of a batch, and the API's idempotency keys.

ALTER TABLE waste.ledger_record ADD COLUMN source_stage text;
CREATE INDEX ledger_source ON waste.ledger_record (site_id, source_stage, source_batch_code)
    WHERE source_batch_code IS NOT NULL;

-- A request of POST /api/waste/sites/{id}/ledger made with an Idempotency-Key: a retry with the same key and body
-- answers the stored response and writes nothing; the same key with another body is refused (409).
CREATE TABLE waste.ledger_request (
    site_id         bigint      NOT NULL REFERENCES waste.site (id),
    idempotency_key text        NOT NULL,
    -- SHA-256 (hex) of the request's records
    request_hash    text        NOT NULL,
    -- the JSON answered
    response        text        NOT NULL,
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    PRIMARY KEY (site_id, idempotency_key)
);
