-- The version of the read model: raised in every transaction that writes or removes results, so that what is read
-- from them can be kept (EvaluationResults, the dashboard) until it changes, by every instance of the application.
CREATE TABLE evaluation.read_model (
    id       boolean PRIMARY KEY DEFAULT true CHECK (id),
    version  bigint  NOT NULL
);
INSERT INTO evaluation.read_model (version) VALUES (0);
