-- Computed values (一数一源): a module that computes an indicator from its own data (supervision: the projects'
-- accepted actual investment) enters it through ComputedValues as an approved value of source COMPUTED, with the
-- lineage that says what it was computed from. The computation is the value's source_id.
ALTER TABLE reporting.approved_value DROP CONSTRAINT approved_value_source_check;
ALTER TABLE reporting.approved_value
    ADD CONSTRAINT approved_value_source_check CHECK (source IN ('SUBMISSION', 'IMPORT', 'DEMO', 'COMPUTED'));
ALTER TABLE reporting.approved_value_history DROP CONSTRAINT approved_value_history_source_check;
ALTER TABLE reporting.approved_value_history
    ADD CONSTRAINT approved_value_history_source_check CHECK (source IN ('SUBMISSION', 'IMPORT', 'DEMO', 'COMPUTED'));

CREATE TABLE reporting.computation (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_code   text        NOT NULL,
    region_code char(6)     NOT NULL,
    period_id   bigint      NOT NULL REFERENCES reporting.period (id),
    value       numeric     NOT NULL,
    unit        text        NOT NULL,
    lineage     text        NOT NULL,
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX computation_key_idx ON reporting.computation (item_code, region_code, period_id, id);
