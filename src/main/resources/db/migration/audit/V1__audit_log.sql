-- The audit log: logins, account changes, submissions, approvals, imports and configuration changes.
-- Append-only: the database itself refuses to change or delete an entry.
CREATE SCHEMA IF NOT EXISTS audit;

CREATE TABLE audit.entry (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at       timestamptz NOT NULL,
    actor    text        NOT NULL,
    action   text        NOT NULL,
    subject  text        NOT NULL,
    detail   text,
    region   char(6)
);
CREATE INDEX entry_at_idx ON audit.entry (at DESC);
CREATE INDEX entry_actor_idx ON audit.entry (actor, at DESC);

CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER entry_append_only BEFORE UPDATE OR DELETE ON audit.entry
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER entry_no_truncate BEFORE TRUNCATE ON audit.entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
