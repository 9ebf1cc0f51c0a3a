-- Evaluation: where every target stands in every region and year, computed from the approved values the
-- reporting module announces (ValuesApproved), stored so that pages and APIs read and never compute.
CREATE SCHEMA IF NOT EXISTS evaluation;

-- The approved values of catalogue targets, as announced: evaluation's own copy, with where each came from.
CREATE TABLE evaluation.observation (
    target_code  text        NOT NULL,
    region_code  char(6)     NOT NULL,
    period_code  text        NOT NULL,
    year         integer     NOT NULL,
    -- 0 for a year's value, 1-4 for a quarter's, 1-12 for a month's (monthly periods are YYYY-MM)
    sub_period   integer     NOT NULL,
    value        numeric,
    text_value   text,
    revision     integer     NOT NULL,
    source       text        NOT NULL,
    source_id    bigint      NOT NULL,
    approved_at  timestamptz NOT NULL,
    PRIMARY KEY (target_code, region_code, period_code)
);

-- A reviewer's judgement of a qualitative target (待人工评定), with the reason.
CREATE TABLE evaluation.judgement (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    target_code  text        NOT NULL,
    region_code  char(6)     NOT NULL,
    year         integer     NOT NULL,
    status       text        NOT NULL,
    reason       text        NOT NULL,
    judged_by    text        NOT NULL,
    judged_at    timestamptz NOT NULL
);
CREATE INDEX judgement_target_idx ON evaluation.judgement (target_code, region_code);

-- The read model: one row per target, region, year and method.
CREATE TABLE evaluation.result (
    target_code       text        NOT NULL,
    region_code       char(6)     NOT NULL,
    year              integer     NOT NULL,
    method            text        NOT NULL CHECK (method IN ('PLAN', 'OPEN_SDG')),
    plan_code         char(3)     NOT NULL,
    status            text        NOT NULL,
    value             numeric,
    target            numeric,
    expected          numeric,
    progress          numeric,
    expected_progress numeric,
    gap               numeric,
    projection        numeric,
    explanation_zh    text        NOT NULL,
    explanation_en    text        NOT NULL,
    inputs            jsonb       NOT NULL,
    -- where the year's value came from, such as SUBMISSION 12 r2 or IMPORT 3
    value_source      text,
    evaluated_at      timestamptz NOT NULL,
    PRIMARY KEY (target_code, region_code, year, method)
);
CREATE INDEX result_region_year_idx ON evaluation.result (region_code, year, method);
CREATE INDEX result_plan_idx ON evaluation.result (plan_code, year, method);
