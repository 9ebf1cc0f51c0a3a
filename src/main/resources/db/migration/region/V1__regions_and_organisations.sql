-- Administrative divisions (GB/T 2260) and the organisations acting in them.
CREATE SCHEMA IF NOT EXISTS region;

CREATE TABLE region.region (
    code        char(6) PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
    name        text    NOT NULL,
    kind        text    NOT NULL CHECK (kind IN ('AUTONOMOUS_REGION', 'PREFECTURE_CITY', 'LEAGUE', 'DISTRICT',
                                                 'COUNTY_CITY', 'COUNTY', 'BANNER', 'AUTONOMOUS_BANNER')),
    level       smallint NOT NULL CHECK (level BETWEEN 1 AND 3),
    parent_code char(6) REFERENCES region.region (code),
    CHECK ((level = 1) = (parent_code IS NULL))
);
CREATE INDEX region_parent_idx ON region.region (parent_code);

CREATE TABLE region.organisation (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_code char(6) NOT NULL REFERENCES region.region (code),
    name        text    NOT NULL,
    short_name  text,
    kind        text    NOT NULL CHECK (kind IN ('GOVERNMENT', 'DEPARTMENT', 'PARTY_DEPARTMENT', 'COORDINATION_OFFICE',
                                                 'DEVELOPMENT_ZONE', 'NEW_AREA', 'PARK')),
    parent_id   bigint REFERENCES region.organisation (id),
    stats_code  char(6),
    aliases     text[]  NOT NULL DEFAULT '{}',
    source      text,
    UNIQUE (region_code, name)
);
CREATE INDEX organisation_aliases_idx ON region.organisation USING gin (aliases);
