-- What each target's results in a region were computed from, as a digest (see InputDigests): a full
-- re-evaluation recomputes and rewrites only the targets and regions whose digest changed.
CREATE TABLE evaluation.input_digest (
    target_code  text    NOT NULL,
    region_code  char(6) NOT NULL,
    digest       text    NOT NULL,
    PRIMARY KEY (target_code, region_code)
);

-- Every stored result has a digest from now on; results stored before are recomputed at the next start.
TRUNCATE evaluation.result;
