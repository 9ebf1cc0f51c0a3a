-- Plans, indicator concepts and the targets the plans set, each traceable to the words it came from.
-- Region codes and organisation ids refer to the region module; they are checked through its API when loading,
-- not by foreign keys across modules.
CREATE SCHEMA IF NOT EXISTS plan;

CREATE TABLE plan.plan (
    code          char(3) PRIMARY KEY,
    document      text    NOT NULL UNIQUE,
    title         text    NOT NULL,
    kind          text    NOT NULL CHECK (kind IN ('PLAN', 'MEASURES', 'TASK_DIVISION', 'IMPLEMENTATION_PLAN')),
    issuer        text,
    doc_number    text,
    issued_on     date,
    region_code   char(6) NOT NULL,
    period_start  smallint,
    period_end    smallint,
    base_year     smallint,
    note          text,
    source_from   integer NOT NULL,
    source_to     integer NOT NULL,
    source_quote  text    NOT NULL
);

CREATE TABLE plan.concept (
    code        text PRIMARY KEY,
    name        text NOT NULL,
    unit        text NOT NULL,
    direction   text NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NONE')),
    definition  text NOT NULL,
    formula     text
);

CREATE TABLE plan.target (
    code                  text PRIMARY KEY,
    plan_code             char(3)  NOT NULL REFERENCES plan.plan (code),
    position              integer  NOT NULL,
    seq                   integer,
    name                  text     NOT NULL,
    level1                text,
    level2                text,
    self_selected         boolean  NOT NULL DEFAULT false,
    nature                text CHECK (nature IN ('BINDING', 'EXPECTED')),
    region_code           char(6)  NOT NULL,
    scope                 text,
    concept_code          text     NOT NULL REFERENCES plan.concept (code),
    measure               text     NOT NULL CHECK (measure IN ('LEVEL', 'DECLINE_FROM_BASE', 'INCREASE_FROM_BASE', 'ABSOLUTE_CHANGE')),
    unit                  text     NOT NULL,
    direction             text     NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NONE')),
    baseline_year         smallint,
    baseline_value        numeric,
    baseline_text         text,
    baseline_cumulative   boolean  NOT NULL DEFAULT false,
    baseline_source_from  integer,
    baseline_source_to    integer,
    baseline_source_quote text,
    target_year           smallint NOT NULL,
    comparator            text     NOT NULL CHECK (comparator IN ('GE', 'GT', 'LE', 'LT', 'EQ', 'APPROX', 'RANGE',
                              'NEGATIVE_GROWTH', 'NOT_BELOW_BASE', 'ELIMINATE', 'ASSIGNED', 'STABLE_OR_BETTER', 'MILESTONE')),
    target_value          numeric,
    target_upper          numeric,
    target_text           text     NOT NULL,
    responsible_text      text,
    lead_text             text,
    note                  text,
    source_from           integer  NOT NULL,
    source_to             integer  NOT NULL,
    source_quote          text     NOT NULL,
    CHECK (source_from <= source_to),
    CHECK (comparator NOT IN ('GE', 'GT', 'LE', 'LT', 'EQ', 'APPROX', 'RANGE') OR target_value IS NOT NULL),
    CHECK (comparator <> 'RANGE' OR target_upper IS NOT NULL)
);
CREATE INDEX target_plan_idx ON plan.target (plan_code, position);
CREATE INDEX target_concept_idx ON plan.target (concept_code);
CREATE INDEX target_region_idx ON plan.target (region_code);

CREATE TABLE plan.target_organisation (
    target_code      text    NOT NULL REFERENCES plan.target (code) ON DELETE CASCADE,
    organisation_id  bigint  NOT NULL,
    role             text    NOT NULL CHECK (role IN ('LEAD', 'RESPONSIBLE', 'DATA_PROVIDER')),
    position         integer NOT NULL,
    PRIMARY KEY (target_code, organisation_id, role)
);
CREATE INDEX target_organisation_org_idx ON plan.target_organisation (organisation_id);
