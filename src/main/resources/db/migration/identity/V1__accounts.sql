-- Accounts, their roles, and the organisation and region that bound what they see and write (their data scope).
CREATE SCHEMA IF NOT EXISTS identity;

CREATE TABLE identity.account (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username        text        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,39}$'),
    display_name    text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    password_hash   text        NOT NULL,
    organisation_id bigint      NOT NULL,
    region_code     char(6)     NOT NULL,
    enabled         boolean     NOT NULL DEFAULT true,
    demo            boolean     NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX account_organisation_idx ON identity.account (organisation_id);

CREATE TABLE identity.account_role (
    account_id bigint NOT NULL REFERENCES identity.account (id) ON DELETE CASCADE,
    role       text   NOT NULL CHECK (role IN ('ADMIN', 'REPORTER', 'REVIEWER', 'LEADER')),
    PRIMARY KEY (account_id, role)
);
