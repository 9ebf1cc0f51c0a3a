-- 督办 (supervision items): a missed milestone or round deadline asks the responsible unit to explain by a reply
-- deadline; unanswered, the item climbs one level: to the lead unit, then to the administrators (无废办 / 发改委).
CREATE TABLE supervision.supervision_item (
    id                       bigserial   PRIMARY KEY,
    subject_kind             text        NOT NULL CHECK (subject_kind IN ('TASK', 'PROJECT')),
    subject_code             text        NOT NULL,
    cause                    text        NOT NULL CHECK (cause IN ('MILESTONE_MISSED', 'ROUND_MISSED')),
    -- the missed milestone's due date, or the round's id
    reference                text        NOT NULL,
    round_id                 bigint      REFERENCES supervision.dispatch_round (id),
    -- the unit first addressed (null when the task names none)
    responsible_organisation_id bigint,
    -- whom it is addressed to now; null at the administrators' level
    organisation_id          bigint,
    level                    text        NOT NULL CHECK (level IN ('UNIT', 'LEAD', 'ADMINISTRATOR')),
    state                    text        NOT NULL CHECK (state IN ('OPEN', 'ANSWERED')),
    detail                   text        NOT NULL,
    opened_at                timestamptz NOT NULL,
    reply_due                date        NOT NULL,
    reply                    text,
    replied_by               text,
    replied_at               timestamptz,
    UNIQUE NULLS NOT DISTINCT (subject_kind, subject_code, cause, reference, responsible_organisation_id)
);
CREATE INDEX supervision_item_addressee_idx ON supervision.supervision_item (organisation_id, state);
CREATE INDEX supervision_item_due_idx ON supervision.supervision_item (state, reply_due);

CREATE TABLE supervision.supervision_item_history (
    id              bigserial   PRIMARY KEY,
    item_id         bigint      NOT NULL REFERENCES supervision.supervision_item (id),
    action          text        NOT NULL,
    level           text        NOT NULL,
    organisation_id bigint,
    note            text,
    by_user         text        NOT NULL,
    at              timestamptz NOT NULL
);
CREATE INDEX supervision_item_history_item_idx ON supervision.supervision_item_history (item_id);
