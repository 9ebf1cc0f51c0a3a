-- Ledger records voided by their enterprise (or an administrator) because they were entered wrongly. A record is
-- never edited: it is moved here whole, with who voided it, when and why, and the right record is entered anew.
-- Only a record nothing depends on may be voided: no later record takes from its batch, no manifest names or wrote
-- it. Partner systems follow voids by their own cursor (id), as they follow records.
CREATE TABLE waste.ledger_void (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_id   bigint      NOT NULL UNIQUE,
    site_id     bigint      NOT NULL REFERENCES waste.site (id),
    record      jsonb       NOT NULL,
    reason      text        NOT NULL CHECK (length(btrim(reason)) > 0),
    voided_by   text        NOT NULL,
    voided_at   timestamptz NOT NULL
);

CREATE INDEX ledger_void_site ON waste.ledger_void (site_id, id);

-- The fields a list of voids shows, read out of the kept record.
CREATE VIEW waste.ledger_void_row AS
SELECT v.id, v.record_id, v.site_id, v.record ->> 'stage' AS stage, v.record ->> 'batch_code' AS batch_code,
       v.record ->> 'waste_code' AS waste_code, (v.record ->> 'quantity_t')::numeric AS quantity_t,
       (v.record ->> 'occurred_at')::timestamptz AS occurred_at, v.reason, v.voided_by, v.voided_at,
       v.record::text AS record
FROM waste.ledger_void v;
