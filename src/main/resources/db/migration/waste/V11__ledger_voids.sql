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
