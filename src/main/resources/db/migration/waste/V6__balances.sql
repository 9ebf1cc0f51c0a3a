-- Demonstration records (演示数据, demo profile only): the enterprises, and everything that hangs off them, that a start
-- without the demo profile removes.
ALTER TABLE waste.enterprise ADD COLUMN demo boolean NOT NULL DEFAULT false;

-- Balances (物料平衡) per site, waste and year, computed from the ledger (一数一源), and the flags the checks raise.
-- Recomputed for a whole year at once (Balances.recompute); nothing here is typed in.
CREATE TABLE waste.balance (
    year               int            NOT NULL,
    site_id            bigint         NOT NULL REFERENCES waste.site (id),
    waste_kind         text           NOT NULL,
    waste_code         text           NOT NULL,
    region_code        char(6)        NOT NULL,
    industry_code      text           NOT NULL,
    -- 工业: GB/T 4754 sections B, C and D (divisions 06–46)
    industrial         boolean        NOT NULL,
    -- whether the site's enterprise is demonstration data
    demo               boolean        NOT NULL,
    generated_t        numeric(16, 4) NOT NULL,
    -- own waste (generated at the site), utilised and disposed in the year, at the site or off-site
    own_utilised_t     numeric(16, 4) NOT NULL,
    own_disposed_t     numeric(16, 4) NOT NULL,
    offsite_utilised_t numeric(16, 4) NOT NULL,
    offsite_disposed_t numeric(16, 4) NOT NULL,
    -- of the disposal, by landfill (method D1)
    landfilled_t       numeric(16, 4) NOT NULL,
    -- of the utilisation and disposal, waste that entered storage (or was generated) in an earlier year (往年贮存)
    prior_utilised_t   numeric(16, 4) NOT NULL,
    prior_disposed_t   numeric(16, 4) NOT NULL,
    -- the site's own waste in storage at the start and the end of the year
    own_opening_t      numeric(16, 4) NOT NULL,
    own_closing_t      numeric(16, 4) NOT NULL,
    -- waste received from others (by transfer manifest), what the site treated of it, and what it sent on
    received_t         numeric(16, 4) NOT NULL,
    treated_received_t numeric(16, 4) NOT NULL,
    forwarded_t        numeric(16, 4) NOT NULL,
    -- all waste in storage at the start and the end of the year
    opening_t          numeric(16, 4) NOT NULL,
    closing_t          numeric(16, 4) NOT NULL,
    PRIMARY KEY (year, site_id, waste_kind, waste_code)
);
CREATE INDEX balance_region ON waste.balance (year, region_code);

CREATE TABLE waste.balance_flag (
    id          bigserial      PRIMARY KEY,
    year        int            NOT NULL,
    -- UNBALANCED, GENERATED_UNTRACKED, SENT_NOT_RECEIVED, RECEIVER_OVER_CAPACITY
    kind        text           NOT NULL,
    site_id     bigint         REFERENCES waste.site (id),
    licence_id  bigint         REFERENCES waste.licence (id),
    region_code char(6)        NOT NULL,
    waste_code  text,
    batch_code  text,
    quantity_t  numeric(16, 4),
    message_zh  text           NOT NULL,
    message_en  text           NOT NULL
);
CREATE INDEX balance_flag_year ON waste.balance_flag (year, region_code);

-- When each year's balances were last computed, and from how many ledger records.
CREATE TABLE waste.balance_run (
    year        int         PRIMARY KEY,
    computed_at timestamptz NOT NULL,
    records     bigint      NOT NULL,
    millis      bigint      NOT NULL
);

-- The checks follow batch chains forwards (which records name a batch as their source) and manifests to their receipt.
CREATE INDEX ledger_source_batch ON waste.ledger_record (site_id, source_batch_code) WHERE source_batch_code IS NOT NULL;
CREATE INDEX ledger_manifest ON waste.ledger_record (manifest_number) WHERE manifest_number IS NOT NULL;
CREATE INDEX ledger_batch ON waste.ledger_record (batch_code);
