-- Early warnings (预警): a target that turned 滞后 or 严重滞后, or a reporting deadline that passed without data.
-- Raised by the platform, acknowledged and closed by people, with a note; never deleted.
CREATE TABLE evaluation.warning (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('LAGGING', 'SERIOUSLY_LAGGING', 'MISSING_DATA')),
    -- 1 黄 (yellow), 2 橙 (orange), 3 红 (red)
    level           integer     NOT NULL CHECK (level BETWEEN 1 AND 3),
    target_code     text        NOT NULL,
    plan_code       char(3)     NOT NULL,
    region_code     char(6)     NOT NULL,
    year            integer     NOT NULL,
    period_code     text,
    responsible     text        NOT NULL,
    message_zh      text        NOT NULL,
    message_en      text        NOT NULL,
    state           text        NOT NULL CHECK (state IN ('OPEN', 'ACKNOWLEDGED', 'CLOSED')),
    raised_at       timestamptz NOT NULL,
    acknowledged_by text,
    acknowledged_at timestamptz,
    closed_by       text,
    closed_at       timestamptz,
    note            text
);
-- one warning of a kind per target, region and year (or period) while it is not closed
CREATE UNIQUE INDEX warning_open_idx ON evaluation.warning (kind, target_code, region_code, year, coalesce(period_code, ''))
    WHERE state <> 'CLOSED';
CREATE INDEX warning_region_idx ON evaluation.warning (region_code, state);
