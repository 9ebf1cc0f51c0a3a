-- The catalogue targets a task serves (plan module's target codes; supervision checks them through the catalogue's
-- public API when an administrator edits them). A link seeded at start-up carries the words of the task that name the
-- indicator; a task whose links an administrator has edited is left alone by later loads.
CREATE TABLE supervision.task_target (
    task_code   text        NOT NULL REFERENCES supervision.task (code) ON DELETE CASCADE,
    target_code text        NOT NULL,
    linked_by   text        NOT NULL,
    evidence    text,
    linked_at   timestamptz NOT NULL,
    PRIMARY KEY (task_code, target_code)
);
CREATE INDEX task_target_target_idx ON supervision.task_target (target_code);

ALTER TABLE supervision.task ADD COLUMN targets_edited_by text;
ALTER TABLE supervision.task ADD COLUMN targets_edited_at timestamptz;
