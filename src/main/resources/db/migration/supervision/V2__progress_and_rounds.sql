-- Progress: what the units report on their tasks and projects (text, percentage, evidence, for projects the quarter's
-- actual investment), in a dispatch round (调度) or on their own; what the lead unit made of it; and every change of a
-- task's state with who, when and why.
ALTER TABLE supervision.task
    ADD COLUMN progress        integer CHECK (progress BETWEEN 0 AND 100),
    ADD COLUMN overdue_since   date,
    ADD COLUMN completed_at    timestamptz,
    ADD COLUMN state_changed_at timestamptz;

-- A dispatch round: an administrator asks every responsible unit for its open tasks' and projects' progress by a deadline.
CREATE TABLE supervision.dispatch_round (
    id          bigserial   PRIMARY KEY,
    name        text        NOT NULL,
    plan_code   char(3),
    year        integer     NOT NULL,
    deadline    date        NOT NULL,
    state       text        NOT NULL CHECK (state IN ('OPEN', 'CLOSED')),
    opened_by   text        NOT NULL,
    opened_at   timestamptz NOT NULL,
    closed_by   text,
    closed_at   timestamptz
);

-- One unit's report on one task or project: a round's slot (PENDING until the unit reports), or a report of its own.
CREATE TABLE supervision.progress_report (
    id              bigserial   PRIMARY KEY,
    round_id        bigint      REFERENCES supervision.dispatch_round (id),
    subject_kind    text        NOT NULL CHECK (subject_kind IN ('TASK', 'PROJECT')),
    subject_code    text        NOT NULL,
    organisation_id bigint      NOT NULL,
    state           text        NOT NULL CHECK (state IN ('PENDING', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    text            text,
    percent         integer     CHECK (percent BETWEEN 0 AND 100),
    -- the quarter's actual investment of a project, 万元
    investment      numeric(14, 2) CHECK (investment >= 0),
    completes       boolean     NOT NULL DEFAULT false,
    reported_by     text,
    reported_at     timestamptz,
    reviewed_by     text,
    reviewed_at     timestamptz,
    return_reason   text,
    UNIQUE (round_id, subject_kind, subject_code, organisation_id)
);
CREATE INDEX progress_report_subject_idx ON supervision.progress_report (subject_kind, subject_code);
CREATE INDEX progress_report_organisation_idx ON supervision.progress_report (organisation_id, state);

CREATE TABLE supervision.progress_attachment (
    id           bigserial   PRIMARY KEY,
    report_id    bigint      NOT NULL REFERENCES supervision.progress_report (id),
    file_name    text        NOT NULL,
    content_type text        NOT NULL,
    size         integer     NOT NULL,
    content      bytea       NOT NULL,
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL
);
CREATE INDEX progress_attachment_report_idx ON supervision.progress_attachment (report_id);

-- Every change of a task's state or progress: who, when, why.
CREATE TABLE supervision.task_history (
    id          bigserial   PRIMARY KEY,
    task_code   text        NOT NULL REFERENCES supervision.task (code) ON DELETE CASCADE,
    action      text        NOT NULL,
    from_state  text        NOT NULL,
    to_state    text        NOT NULL,
    progress    integer,
    report_id   bigint,
    reason      text,
    by_user     text        NOT NULL,
    at          timestamptz NOT NULL
);
CREATE INDEX task_history_task_idx ON supervision.task_history (task_code, at);
