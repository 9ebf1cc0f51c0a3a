-- Editions of the 国家危险废物名录 loaded by administrators (名录 第七条: the catalogue is adjusted as needed; each
-- edition says from when it is in force, e.g. the 2025 edition from 2025-01-01). The 2021 edition is built in (read
-- from src/main/resources/waste/) and never stored here. A loaded edition keeps the file it came from (name and
-- SHA-256), who loaded it and when; its wastes and exemption rows are the file's rows, all or none.
CREATE TABLE waste.catalogue_edition (
    name                 text        PRIMARY KEY,
    in_force_from        date        NOT NULL UNIQUE,
    source               text        NOT NULL,
    file_name            text        NOT NULL,
    file_sha256          char(64)    NOT NULL,
    exemptions_file_name text,
    exemptions_sha256    char(64),
    loaded_by            text        NOT NULL,
    loaded_at            timestamptz NOT NULL
);

-- One waste of an edition's 附表: code DDD-SSS-CC, 行业来源, description, 危险特性 as written.
CREATE TABLE waste.catalogue_edition_entry (
    edition         text NOT NULL REFERENCES waste.catalogue_edition (name) ON DELETE CASCADE,
    code            text NOT NULL CHECK (code ~ '^\d{3}-\d{3}-\d{2}$'),
    industry_source text NOT NULL,
    description     text NOT NULL,
    hazard          text NOT NULL,
    PRIMARY KEY (edition, code)
);

-- One row of an edition's 危险废物豁免管理清单, in the file's order.
CREATE TABLE waste.catalogue_edition_exemption (
    edition           text    NOT NULL REFERENCES waste.catalogue_edition (name) ON DELETE CASCADE,
    line              integer NOT NULL,
    entry             integer NOT NULL,
    code_or_category  text    NOT NULL,
    waste             text    NOT NULL,
    stage             text    NOT NULL,
    condition         text    NOT NULL,
    exemption         text    NOT NULL,
    PRIMARY KEY (edition, line)
);
