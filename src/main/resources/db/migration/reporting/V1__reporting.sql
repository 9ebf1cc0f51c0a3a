-- Reporting: what is reported (forms, items, assignments), when (periods), by whom, through which states and
-- approvals, with every change kept; and the approved values other modules read.
CREATE SCHEMA IF NOT EXISTS reporting;

-- A form is what one submission covers: the targets of one plan, or the source statistics (STATS).
CREATE TABLE reporting.form (
    code          text     PRIMARY KEY,
    name          text     NOT NULL,
    plan_code     char(3),
    cadence       text     NOT NULL CHECK (cadence IN ('YEAR', 'QUARTER', 'MONTH')),
    -- the region levels (1 自治区, 2 盟市, 3 旗县) that accept a submission after its own region approved it
    accept_levels smallint[] NOT NULL DEFAULT '{}'
);

CREATE TABLE reporting.period (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code      text     NOT NULL UNIQUE,
    kind      text     NOT NULL CHECK (kind IN ('YEAR', 'QUARTER', 'MONTH')),
    year      smallint NOT NULL,
    number    smallint NOT NULL,
    starts_on date     NOT NULL,
    ends_on   date     NOT NULL,
    opens_on  date     NOT NULL,
    closes_on date     NOT NULL,
    CHECK (starts_on <= ends_on AND opens_on <= closes_on)
);

-- Source statistics that indicators divide by: GDP, 工业增加值, population, areas.
CREATE TABLE reporting.series (
    code       text PRIMARY KEY,
    name       text NOT NULL,
    unit       text NOT NULL,
    definition text NOT NULL
);

-- Which organisation reports which item (a target code or a series code).
CREATE TABLE reporting.assignment (
    item_code       text   NOT NULL,
    organisation_id bigint NOT NULL,
    source          text   NOT NULL CHECK (source IN ('CATALOGUE', 'ADMIN', 'DEMO')),
    PRIMARY KEY (item_code, organisation_id)
);
CREATE INDEX assignment_organisation_idx ON reporting.assignment (organisation_id);

CREATE TABLE reporting.submission (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    form_code       text        NOT NULL REFERENCES reporting.form (code),
    organisation_id bigint      NOT NULL,
    region_code     char(6)     NOT NULL,
    period_id       bigint      NOT NULL REFERENCES reporting.period (id),
    state           text        NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    chain           text[]      NOT NULL,
    step            smallint    NOT NULL DEFAULT 0,
    revision        integer     NOT NULL DEFAULT 0,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    UNIQUE (form_code, organisation_id, region_code, period_id)
);
CREATE INDEX submission_region_idx ON reporting.submission (region_code, state);

CREATE TABLE reporting.submission_value (
    submission_id bigint NOT NULL REFERENCES reporting.submission (id) ON DELETE CASCADE,
    item_code     text   NOT NULL,
    position      integer NOT NULL,
    value         numeric,
    text_value    text,
    numerator     numeric,
    denominator   numeric,
    unit          text,
    note          text,
    PRIMARY KEY (submission_id, item_code)
);

CREATE TABLE reporting.attachment (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    submission_id bigint      NOT NULL REFERENCES reporting.submission (id) ON DELETE CASCADE,
    item_code     text        NOT NULL,
    file_name     text        NOT NULL,
    content_type  text        NOT NULL,
    size          integer     NOT NULL,
    content       bytea       NOT NULL,
    uploaded_by   text        NOT NULL,
    uploaded_at   timestamptz NOT NULL
);
CREATE INDEX attachment_submission_idx ON reporting.attachment (submission_id, item_code);

-- Every change of a reported value: who, when, old, new, why.
CREATE TABLE reporting.value_change (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    submission_id bigint      NOT NULL REFERENCES reporting.submission (id) ON DELETE CASCADE,
    item_code     text        NOT NULL,
    revision      integer     NOT NULL,
    changed_at    timestamptz NOT NULL,
    changed_by    text        NOT NULL,
    old_value     text,
    new_value     text,
    reason        text
);
CREATE INDEX value_change_submission_idx ON reporting.value_change (submission_id, id);

-- Every transition of a submission.
CREATE TABLE reporting.transition (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    submission_id bigint      NOT NULL REFERENCES reporting.submission (id) ON DELETE CASCADE,
    at            timestamptz NOT NULL,
    by_username   text        NOT NULL,
    action        text        NOT NULL,
    from_state    text,
    to_state      text        NOT NULL,
    region_code   char(6),
    reason        text
);
CREATE INDEX transition_submission_idx ON reporting.transition (submission_id, id);

-- The approved value of each item, region and period, and every approved revision before it.
CREATE TABLE reporting.approved_value (
    item_code     text        NOT NULL,
    region_code   char(6)     NOT NULL,
    period_id     bigint      NOT NULL REFERENCES reporting.period (id),
    value         numeric,
    text_value    text,
    numerator     numeric,
    denominator   numeric,
    unit          text,
    note          text,
    revision      integer     NOT NULL,
    source        text        NOT NULL CHECK (source IN ('SUBMISSION', 'IMPORT')),
    source_id     bigint      NOT NULL,
    approved_at   timestamptz NOT NULL,
    approved_by   text        NOT NULL,
    PRIMARY KEY (item_code, region_code, period_id)
);
CREATE INDEX approved_value_region_idx ON reporting.approved_value (region_code, period_id);

CREATE TABLE reporting.approved_value_history (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_code     text        NOT NULL,
    region_code   char(6)     NOT NULL,
    period_id     bigint      NOT NULL,
    value         numeric,
    text_value    text,
    numerator     numeric,
    denominator   numeric,
    unit          text,
    note          text,
    revision      integer     NOT NULL,
    source        text        NOT NULL,
    source_id     bigint      NOT NULL,
    approved_at   timestamptz NOT NULL,
    approved_by   text        NOT NULL
);
CREATE INDEX approved_value_history_key_idx ON reporting.approved_value_history (item_code, region_code, period_id, id);

CREATE TABLE reporting.validation_rule (
    code          text     PRIMARY KEY,
    position      integer  NOT NULL,
    name          text     NOT NULL,
    kind          text     NOT NULL CHECK (kind IN ('TYPE', 'UNIT', 'REQUIRED', 'COMPARISON')),
    left_expr     text,
    operator      text,
    right_expr    text,
    importance    text     NOT NULL CHECK (importance IN ('ERROR', 'WARNING')),
    on_missing    text     NOT NULL CHECK (on_missing IN ('SKIP', 'ERROR', 'WARNING')),
    scope_unit    text,
    scope_measure text,
    scope_item    text,
    scope_concept text,
    numeric_only  boolean  NOT NULL DEFAULT false,
    enabled       boolean  NOT NULL DEFAULT true,
    message       text,
    updated_by    text,
    updated_at    timestamptz
);

-- Workbook imports, kept with their outcome; a failed one keeps the annotated copy for download.
CREATE TABLE reporting.import_attempt (
    id            uuid        PRIMARY KEY,
    kind          text        NOT NULL CHECK (kind IN ('SUBMISSION', 'VALUES')),
    submission_id bigint,
    file_name     text        NOT NULL,
    by_username   text        NOT NULL,
    at            timestamptz NOT NULL,
    rows          integer     NOT NULL,
    accepted      boolean     NOT NULL,
    problems      text        NOT NULL DEFAULT '[]',
    annotated     bytea
);
