-- Waste registry: enterprises by their 统一社会信用代码 (GB 32100—2015), their production sites with region (of the region
-- module, by code) and industry (GB/T 4754—2017), and the 危险废物经营许可证 of licensed operators with the waste codes
-- (国家危险废物名录) and activities they permit.
CREATE SCHEMA IF NOT EXISTS waste;

CREATE TABLE waste.enterprise (
    id          bigserial   PRIMARY KEY,
    credit_code char(18)    NOT NULL UNIQUE,
    name        text        NOT NULL,
    -- where the enterprise is registered (住所); the data scope of the registry
    region_code char(6)     NOT NULL,
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX enterprise_region ON waste.enterprise (region_code);

CREATE TABLE waste.site (
    id            bigserial PRIMARY KEY,
    enterprise_id bigint    NOT NULL REFERENCES waste.enterprise (id),
    name          text      NOT NULL,
    address       text,
    region_code   char(6)   NOT NULL,
    industry_code text      NOT NULL,
    UNIQUE (enterprise_id, name)
);
CREATE INDEX site_region ON waste.site (region_code);

CREATE TABLE waste.licence (
    id                bigserial     PRIMARY KEY,
    enterprise_id     bigint        NOT NULL REFERENCES waste.enterprise (id),
    number            text          NOT NULL UNIQUE,
    valid_from        date          NOT NULL,
    valid_to          date          NOT NULL CHECK (valid_to >= valid_from),
    -- COLLECTION 收集, STORAGE 贮存, UTILISATION 利用, DISPOSAL 处置
    activities        text[]        NOT NULL CHECK (cardinality(activities) > 0),
    annual_capacity_t numeric(14, 3) NOT NULL CHECK (annual_capacity_t > 0),
    catalogue_edition text          NOT NULL
);
CREATE INDEX licence_enterprise ON waste.licence (enterprise_id);

CREATE TABLE waste.licence_waste (
    licence_id bigint   NOT NULL REFERENCES waste.licence (id),
    waste_code char(10) NOT NULL,
    PRIMARY KEY (licence_id, waste_code)
);
CREATE INDEX licence_waste_code ON waste.licence_waste (waste_code);
