-- The rest of the registry (parks, contacts, facilities, carriers and vehicles), the HJ 1259—2022 management class
-- override, the annual management plan (HJ 1259 §5) and the ledger (台账, HJ 1259 §6). Transfer manifests, balances
-- and declarations build on these in later migrations.

-- 园区: an industrial park a site may lie in.
CREATE TABLE waste.park (
    id          bigserial PRIMARY KEY,
    name        text      NOT NULL,
    region_code char(6)   NOT NULL,
    UNIQUE (region_code, name)
);

ALTER TABLE waste.site
    ADD COLUMN park_id bigint REFERENCES waste.park (id),
    -- when the site began operating (HJ 1259 §4.2.3 takes the maximum over the last three years once it has run
    -- three years, over its operating period before that)
    ADD COLUMN operating_since date,
    -- the larger of the EIA and 排污许可 estimates of annual hazardous waste generation (t/a), for a site not yet
    -- operating, operating under a year, or producing in cycles longer than three years (HJ 1259 §4.2.3)
    ADD COLUMN estimated_hw_t numeric(14, 3) CHECK (estimated_hw_t >= 0),
    ADD COLUMN intermittent boolean NOT NULL DEFAULT false;

-- People to reach at an enterprise or one of its sites; HJ 1259 §6.1 asks for the ledger's responsible person.
CREATE TABLE waste.contact (
    id            bigserial PRIMARY KEY,
    enterprise_id bigint    NOT NULL REFERENCES waste.enterprise (id),
    site_id       bigint    REFERENCES waste.site (id),
    -- LEGAL 法定代表人, ENVIRONMENT 环保负责人, LEDGER 台账负责人, EMERGENCY 应急联系人
    role          text      NOT NULL,
    name          text      NOT NULL,
    phone         text,
    email         text
);
CREATE INDEX contact_enterprise ON waste.contact (enterprise_id);

-- Facilities of a site (HJ 1259 §5.4, 附录 A.2): where waste is produced, stored, or utilised/disposed by the site
-- itself. The code is the one ledger records name (产生设施编码, 贮存设施编码, 自行利用/处置设施编码).
CREATE TABLE waste.facility (
    id         bigserial      PRIMARY KEY,
    site_id    bigint         NOT NULL REFERENCES waste.site (id),
    code       text           NOT NULL,
    name       text           NOT NULL,
    -- PRODUCTION 产生, STORAGE 贮存, UTILISATION 自行利用, DISPOSAL 自行处置
    kind       text           NOT NULL,
    -- e.g. 贮存库, 贮存场, 贮存池, 贮存罐区 for storage; 焚烧, 填埋, 物化 for disposal
    type       text,
    -- tonnes held for storage; tonnes a year for utilisation and disposal; none for production
    capacity_t numeric(14, 3) CHECK (capacity_t > 0),
    UNIQUE (site_id, code)
);

-- A carrier (承运人): an enterprise with a 道路危险货物运输 permit (道路运输经营许可证).
CREATE TABLE waste.carrier (
    id              bigserial PRIMARY KEY,
    enterprise_id   bigint    NOT NULL UNIQUE REFERENCES waste.enterprise (id),
    permit_number   text      NOT NULL UNIQUE,
    permit_valid_to date      NOT NULL
);

-- A carrier's vehicle with its 道路运输证 (部令第23号 第十一条: the carrier records vehicle and permit numbers).
CREATE TABLE waste.vehicle (
    id              bigserial PRIMARY KEY,
    carrier_id      bigint    NOT NULL REFERENCES waste.carrier (id),
    plate           text      NOT NULL UNIQUE,
    permit_number   text      NOT NULL,
    permit_valid_to date      NOT NULL
);

-- An administrator's override of a site's HJ 1259 §4.2 class for a year ("地方生态环境主管部门可根据实际情况调整").
CREATE TABLE waste.class_override (
    site_id     bigint      NOT NULL REFERENCES waste.site (id),
    year        int         NOT NULL,
    -- KEY 重点监管, SIMPLIFIED 简化管理, REGISTERED 登记管理
    class       text        NOT NULL,
    note        text        NOT NULL,
    decided_by  text        NOT NULL,
    decided_at  timestamptz NOT NULL,
    PRIMARY KEY (site_id, year)
);

-- The annual management plan (管理计划, HJ 1259 §5): one per site and year; a change files a new version and keeps
-- the old one. The filing number is given when it is filed.
CREATE TABLE waste.management_plan (
    id                 bigserial   PRIMARY KEY,
    site_id            bigint      NOT NULL REFERENCES waste.site (id),
    year               int         NOT NULL,
    version            int         NOT NULL,
    filing_number      text        NOT NULL UNIQUE,
    -- the class the plan's content follows (KEY, SIMPLIFIED, REGISTERED)
    management_class   text        NOT NULL,
    -- 减量化计划和措施 (重点 and 简化)
    reduction_measures text,
    change_reason      text,
    filed_by           text        NOT NULL,
    filed_at           timestamptz NOT NULL,
    UNIQUE (site_id, year, version)
);

-- What a plan expects per waste (附录 A.3–A.5, A.7): generation, storage, own utilisation/disposal and transfer.
CREATE TABLE waste.management_plan_line (
    plan_id             bigint         NOT NULL REFERENCES waste.management_plan (id),
    line                int            NOT NULL,
    waste_code          char(10)       NOT NULL,
    waste_name          text           NOT NULL,
    generation_t        numeric(14, 3) NOT NULL CHECK (generation_t >= 0),
    storage_t           numeric(14, 3) CHECK (storage_t >= 0),
    own_treatment_t     numeric(14, 3) CHECK (own_treatment_t >= 0),
    -- 省内 WITHIN_PROVINCE, 跨省 CROSS_PROVINCE, 境外 ABROAD; none when nothing is transferred
    transfer_type       text,
    transfer_t          numeric(14, 3) CHECK (transfer_t >= 0),
    -- the receiving operator's licence, when transferred within China
    receiver_licence_id bigint         REFERENCES waste.licence (id),
    PRIMARY KEY (plan_id, line)
);
CREATE INDEX plan_line_code ON waste.management_plan_line (waste_code);

-- The ledger (台账, HJ 1259 §6.3): one record per container or package, or per day for piped waste, for each stage.
-- Batch codes chain 产生 → 入库 → 出库 → 自行利用/处置 or 委外利用/处置 (source_batch_code names the earlier batch at
-- the same site). General industrial solid waste is recorded the same way with a stream code (kind GENERAL).
CREATE TABLE waste.ledger_record (
    id                      bigserial      PRIMARY KEY,
    site_id                 bigint         NOT NULL REFERENCES waste.site (id),
    -- GENERATED 产生, STORED_IN 入库, STORED_OUT 出库, OWN_TREATMENT 自行利用/处置, OFF_SITE 委外利用/处置
    stage                   text           NOT NULL,
    batch_code              text           NOT NULL,
    occurred_at             timestamptz    NOT NULL,
    -- HAZARDOUS (a code of the 名录 in force) or GENERAL (a stream code of solid-waste-streams.tsv)
    waste_kind              text           NOT NULL,
    waste_code              text           NOT NULL,
    waste_name              text           NOT NULL,
    quantity_t              numeric(14, 4) NOT NULL CHECK (quantity_t > 0),
    container_code          text,
    container_type          text,
    container_count         int            CHECK (container_count > 0),
    -- 产生设施编码, 贮存设施编码 or 自行利用/处置设施编码, by stage
    facility_code           text,
    -- UTILISATION 利用 or DISPOSAL 处置 for OWN_TREATMENT and OFF_SITE
    treatment               text,
    -- 利用/处置方式 code (HJ 1033 附录F); D1 is landfill
    method                  text,
    finished_at             timestamptz,
    handler                 text           NOT NULL,
    destination             text,
    source_batch_code       text,
    -- OFF_SITE: 接收单位类型, 利用/处置单位名称, 许可证编码 (or 出口核准通知单编号) and the transfer manifest
    receiver_type           text,
    receiver_name           text,
    receiver_licence_number text,
    manifest_number         char(14),
    idempotency_key         text,
    recorded_by             text           NOT NULL,
    recorded_at             timestamptz    NOT NULL,
    UNIQUE (site_id, stage, batch_code)
);
CREATE INDEX ledger_site_time ON waste.ledger_record (site_id, occurred_at);
CREATE INDEX ledger_recorded ON waste.ledger_record (recorded_at, id);
CREATE UNIQUE INDEX ledger_idempotency ON waste.ledger_record (site_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- Which enterprises an account with the ENTERPRISE role acts for (its staff, or a licence holder or third party
-- declaring on its behalf, HJ 1259 §7). Such an account sees and writes only these enterprises' records.
CREATE TABLE waste.enterprise_member (
    username      text      NOT NULL,
    enterprise_id bigint    NOT NULL REFERENCES waste.enterprise (id),
    PRIMARY KEY (username, enterprise_id)
);
CREATE INDEX enterprise_member_enterprise ON waste.enterprise_member (enterprise_id);
