-- Management plans: whether a plan was first filed after 31 March of its year (HJ 1259—2022 §5.2.2), and the
-- declarations (申报, HJ 1259 §7) generated from the ledger for the enterprise to confirm.

ALTER TABLE waste.management_plan
    ADD COLUMN late boolean NOT NULL DEFAULT false;
CREATE INDEX management_plan_site_year ON waste.management_plan (site_id, year, version DESC);

ALTER TABLE waste.contact
    ADD CONSTRAINT contact_role CHECK (role IN ('LEGAL', 'ENVIRONMENT', 'LEDGER', 'EMERGENCY'));
ALTER TABLE waste.facility
    ADD CONSTRAINT facility_kind CHECK (kind IN ('PRODUCTION', 'STORAGE', 'UTILISATION', 'DISPOSAL'));
CREATE INDEX facility_site ON waste.facility (site_id);
ALTER TABLE waste.class_override
    ADD CONSTRAINT class_override_class CHECK (class IN ('KEY', 'SIMPLIFIED', 'REGISTERED'));

-- One declaration per site and period: MONTHLY (period 2025-10), QUARTERLY (2025-Q3) or ANNUAL (2025), as the
-- site's class in that year requires (HJ 1259 §7.2). Figures are recomputed from the ledger while GENERATED and
-- frozen once CONFIRMED.
CREATE TABLE waste.declaration (
    id                  bigserial   PRIMARY KEY,
    site_id             bigint      NOT NULL REFERENCES waste.site (id),
    kind                text        NOT NULL CHECK (kind IN ('MONTHLY', 'QUARTERLY', 'ANNUAL')),
    period_code         text        NOT NULL,
    year                int         NOT NULL,
    starts_on           date        NOT NULL,
    ends_on             date        NOT NULL CHECK (ends_on >= starts_on),
    -- the last day the declaration is on time (HJ 1259 §7.2: "15 日前", "3 月 31 日前", read as inclusive)
    due_on              date        NOT NULL,
    management_class    text        NOT NULL CHECK (management_class IN ('KEY', 'SIMPLIFIED', 'REGISTERED')),
    state               text        NOT NULL CHECK (state IN ('GENERATED', 'CONFIRMED')),
    generated_at        timestamptz NOT NULL,
    confirmed_by        text,
    confirmed_at        timestamptz,
    late                boolean     NOT NULL DEFAULT false,
    -- when the daily check first announced it overdue (announced once)
    overdue_notified_at timestamptz,
    UNIQUE (site_id, period_code)
);
CREATE INDEX declaration_due ON waste.declaration (due_on) WHERE state = 'GENERATED';

-- Per waste code of a declaration: what the ledger says for the period (HJ 1259 §7.3, 附录 C), in tonnes.
CREATE TABLE waste.declaration_line (
    declaration_id      bigint         NOT NULL REFERENCES waste.declaration (id),
    waste_code          text           NOT NULL,
    waste_name          text           NOT NULL,
    generated_t         numeric(16, 4) NOT NULL,
    own_utilised_t      numeric(16, 4) NOT NULL,
    own_disposed_t      numeric(16, 4) NOT NULL,
    off_site_utilised_t numeric(16, 4) NOT NULL,
    off_site_disposed_t numeric(16, 4) NOT NULL,
    stored_opening_t    numeric(16, 4) NOT NULL,
    stored_closing_t    numeric(16, 4) NOT NULL,
    PRIMARY KEY (declaration_id, waste_code)
);
