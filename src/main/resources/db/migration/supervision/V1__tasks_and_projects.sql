-- Supervision: the tasks and projects the plans assign, each traceable to the words it came from, with the
-- milestones read from its 时间安排 and the organisations (of the region module, by id) that lead it or answer for it.
CREATE SCHEMA IF NOT EXISTS supervision;

CREATE TABLE supervision.task (
    code             text    PRIMARY KEY,
    plan_code        char(3) NOT NULL,
    position         integer NOT NULL,
    region_code      char(6) NOT NULL,
    task_group       text,
    seq              integer,
    name             text    NOT NULL,
    content          text    NOT NULL,
    lead_text        text,
    responsible_text text,
    schedule_text    text,
    recurring_from   integer,
    recurring_until  integer,
    due_date         date,
    -- NOT_STARTED (未启动) until progress is reported
    state            text    NOT NULL DEFAULT 'NOT_STARTED'
        CHECK (state IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'OVERDUE')),
    -- what an administrator must look at: SCHEDULE_UNREADABLE, NO_SCHEDULE, UNITS_MISSING, COLLECTIVE_UNITS
    review           text[]  NOT NULL DEFAULT '{}',
    note             text,
    source_document  text    NOT NULL,
    source_from      integer NOT NULL,
    source_to        integer NOT NULL,
    source_quote     text    NOT NULL,
    units_from       integer,
    units_to         integer,
    units_quote      text
);
CREATE INDEX task_plan_idx ON supervision.task (plan_code, position);
CREATE INDEX task_region_idx ON supervision.task (region_code);
CREATE INDEX task_due_idx ON supervision.task (due_date);

CREATE TABLE supervision.milestone (
    task_code text    NOT NULL REFERENCES supervision.task (code) ON DELETE CASCADE,
    position  integer NOT NULL,
    years     integer[] NOT NULL,
    due_date  date    NOT NULL,
    text      text    NOT NULL,
    PRIMARY KEY (task_code, position)
);

-- A unit named for a task: an organisation, or a collective mention that names no single one ("各相关部门").
CREATE TABLE supervision.task_unit (
    task_code       text    NOT NULL REFERENCES supervision.task (code) ON DELETE CASCADE,
    position        integer NOT NULL,
    role            text    NOT NULL CHECK (role IN ('LEAD', 'RESPONSIBLE')),
    organisation_id bigint,
    mention         text    NOT NULL,
    PRIMARY KEY (task_code, position)
);
CREATE INDEX task_unit_organisation_idx ON supervision.task_unit (organisation_id);

CREATE TABLE supervision.project (
    code              text    PRIMARY KEY,
    plan_code         char(3) NOT NULL,
    position          integer NOT NULL,
    region_code       char(6) NOT NULL,
    seq               integer,
    name              text    NOT NULL,
    source_name       text,
    content           text    NOT NULL,
    responsible_text  text,
    -- planned investment in 万元 as printed; null when the plan gives none
    investment        numeric(14, 2),
    investment_unit   text    NOT NULL DEFAULT '万元',
    benefit           text,
    deadline_year     integer,
    -- DAMAGED_TEXT, INVESTMENT_OUTLIER
    review            text[]  NOT NULL DEFAULT '{}',
    note              text,
    source_document   text    NOT NULL,
    source_from       integer NOT NULL,
    source_to         integer NOT NULL,
    source_quote      text    NOT NULL
);
CREATE INDEX project_plan_idx ON supervision.project (plan_code, position);
