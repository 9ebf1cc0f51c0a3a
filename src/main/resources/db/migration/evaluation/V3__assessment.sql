-- Assessment (考核): the scoring scheme administrators set, and the returned submissions it deducts for.
CREATE TABLE evaluation.assessment_scheme (
    id          integer     PRIMARY KEY CHECK (id = 1),
    scheme      jsonb       NOT NULL,
    updated_by  text        NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- A submission returned for revision (退回), counted against its region in its period's year.
CREATE TABLE evaluation.returned_submission (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    submission_id bigint      NOT NULL,
    region_code   char(6)     NOT NULL,
    year          integer     NOT NULL,
    period_code   text        NOT NULL,
    reason        text,
    returned_at   timestamptz NOT NULL
);
CREATE INDEX returned_submission_region_idx ON evaluation.returned_submission (region_code, year);
