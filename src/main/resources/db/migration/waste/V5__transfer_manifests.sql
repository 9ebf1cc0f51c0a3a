-- Electronic transfer manifests (电子转移联单, 危险废物转移管理办法 部令第23号) with the working-day calendar their
-- deadlines are counted in, their signatures and frozen copies, corrections, and the regulator's alert queue.

-- The working-day calendar: public holidays (HOLIDAY, 放假) and make-up working days (WORKDAY, 调休上班) as the State
-- Council's yearly notices (国务院办公厅关于某年部分节假日安排的通知) set them. Any other Saturday or Sunday is a rest day,
-- any other weekday a working day. Administrators edit it (/waste/calendar).
CREATE TABLE waste.calendar_day (
    day        date        PRIMARY KEY,
    kind       text        NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name       text        NOT NULL,
    changed_by text        NOT NULL,
    changed_at timestamptz NOT NULL
);

-- Seed 2021–2026. TRANSCRIBED FROM MEMORY of the notices (国办发明电〔2020〕27号 for 2021, 〔2021〕11号 for 2022,
-- 〔2022〕16号 for 2023, 〔2023〕7号 for 2024, 〔2024〕12号 for 2025, and the notice of November 2025 for 2026): no
-- primary text of them is among our sources, so they must be checked against the notices (docs/waste-manifests.md).
INSERT INTO waste.calendar_day (day, kind, name, changed_by, changed_at)
SELECT d::date, 'HOLIDAY', name, 'seed', now()
FROM (VALUES
    ('2021-01-01', '2021-01-03', '元旦'), ('2021-02-11', '2021-02-17', '春节'), ('2021-04-03', '2021-04-05', '清明节'),
    ('2021-05-01', '2021-05-05', '劳动节'), ('2021-06-12', '2021-06-14', '端午节'), ('2021-09-19', '2021-09-21', '中秋节'),
    ('2021-10-01', '2021-10-07', '国庆节'),
    ('2022-01-01', '2022-01-03', '元旦'), ('2022-01-31', '2022-02-06', '春节'), ('2022-04-03', '2022-04-05', '清明节'),
    ('2022-04-30', '2022-05-04', '劳动节'), ('2022-06-03', '2022-06-05', '端午节'), ('2022-09-10', '2022-09-12', '中秋节'),
    ('2022-10-01', '2022-10-07', '国庆节'),
    ('2022-12-31', '2023-01-02', '元旦'), ('2023-01-21', '2023-01-27', '春节'), ('2023-04-05', '2023-04-05', '清明节'),
    ('2023-04-29', '2023-05-03', '劳动节'), ('2023-06-22', '2023-06-24', '端午节'),
    ('2023-09-29', '2023-10-06', '中秋节、国庆节'),
    ('2024-01-01', '2024-01-01', '元旦'), ('2024-02-10', '2024-02-17', '春节'), ('2024-04-04', '2024-04-06', '清明节'),
    ('2024-05-01', '2024-05-05', '劳动节'), ('2024-06-08', '2024-06-10', '端午节'), ('2024-09-15', '2024-09-17', '中秋节'),
    ('2024-10-01', '2024-10-07', '国庆节'),
    ('2025-01-01', '2025-01-01', '元旦'), ('2025-01-28', '2025-02-04', '春节'), ('2025-04-04', '2025-04-06', '清明节'),
    ('2025-05-01', '2025-05-05', '劳动节'), ('2025-05-31', '2025-06-02', '端午节'),
    ('2025-10-01', '2025-10-08', '国庆节、中秋节'),
    ('2026-01-01', '2026-01-03', '元旦'), ('2026-02-15', '2026-02-23', '春节'), ('2026-04-04', '2026-04-06', '清明节'),
    ('2026-05-01', '2026-05-05', '劳动节'), ('2026-06-19', '2026-06-21', '端午节'), ('2026-09-25', '2026-09-27', '中秋节'),
    ('2026-10-01', '2026-10-07', '国庆节')
) AS h (first, last, name), generate_series(first::date, last::date, interval '1 day') AS d;

INSERT INTO waste.calendar_day (day, kind, name, changed_by, changed_at)
SELECT day::date, 'WORKDAY', name || '调休上班', 'seed', now()
FROM (VALUES
    ('2021-02-07', '春节'), ('2021-02-20', '春节'), ('2021-04-25', '劳动节'), ('2021-05-08', '劳动节'),
    ('2021-09-18', '中秋节'), ('2021-09-26', '国庆节'), ('2021-10-09', '国庆节'),
    ('2022-01-29', '春节'), ('2022-01-30', '春节'), ('2022-04-02', '清明节'), ('2022-04-24', '劳动节'),
    ('2022-05-07', '劳动节'), ('2022-10-08', '国庆节'), ('2022-10-09', '国庆节'),
    ('2023-01-28', '春节'), ('2023-01-29', '春节'), ('2023-04-23', '劳动节'), ('2023-05-06', '劳动节'),
    ('2023-06-25', '端午节'), ('2023-10-07', '国庆节'), ('2023-10-08', '国庆节'),
    ('2024-02-04', '春节'), ('2024-02-18', '春节'), ('2024-04-07', '清明节'), ('2024-04-28', '劳动节'),
    ('2024-05-11', '劳动节'), ('2024-09-14', '中秋节'), ('2024-09-29', '国庆节'), ('2024-10-12', '国庆节'),
    ('2025-01-26', '春节'), ('2025-02-08', '春节'), ('2025-04-27', '劳动节'), ('2025-09-28', '国庆节'),
    ('2025-10-11', '国庆节'),
    ('2026-01-04', '元旦'), ('2026-02-14', '春节'), ('2026-02-28', '春节'), ('2026-05-09', '劳动节'),
    ('2026-09-20', '国庆节'), ('2026-10-10', '国庆节')
) AS w (day, name);

-- The last serial given per origin prefecture (设区的市, first four digits of its code) and year: 第十五条's six-digit
-- 流水编号. Taken with one INSERT … ON CONFLICT DO UPDATE … RETURNING, so concurrent issues never share a number.
CREATE TABLE waste.manifest_serial (
    prefecture char(4) NOT NULL,
    year       int     NOT NULL,
    last       int     NOT NULL CHECK (last BETWEEN 1 AND 999999),
    PRIMARY KEY (prefecture, year)
);

-- A transfer manifest (危险废物转移联单): one trip of one waste type (第十六条) from a site of the 移出人 to a licensed
-- 接受人, run by one or more 承运人 in order (manifest_carrier). The number is given when it is issued. A signed
-- manifest is never edited in place: a confirmed correction raises the version (manifest_correction).
CREATE TABLE waste.manifest (
    id                      bigserial      PRIMARY KEY,
    number                  char(14)       UNIQUE CHECK (number ~ '^[0-9]{14}$'),
    -- DRAFT, ISSUED, IN_TRANSIT, DELIVERED, DISCREPANCY, RECEIVED, REJECTED, CLOSED, PAPER
    state                   text           NOT NULL,
    version                 int            NOT NULL DEFAULT 1,
    -- 纸质联单: run on paper and back-filled (第二十条第二款); completed_on is the day the transfer was completed
    paper                   boolean        NOT NULL DEFAULT false,
    completed_on            date,
    sender_enterprise_id    bigint         NOT NULL REFERENCES waste.enterprise (id),
    sender_site_id          bigint         NOT NULL REFERENCES waste.site (id),
    origin_region           char(6)        NOT NULL,
    receiver_enterprise_id  bigint         NOT NULL REFERENCES waste.enterprise (id),
    receiver_licence_id     bigint         NOT NULL REFERENCES waste.licence (id),
    destination_region      char(6)        NOT NULL,
    -- 托运人: the 移出人 or the 接受人 (第三十一条第五项), checked at issue
    consignor_enterprise_id bigint         NOT NULL REFERENCES waste.enterprise (id),
    waste_code              char(10)       NOT NULL,
    waste_name              text           NOT NULL,
    hazard                  text,
    form                    text,
    packaging               text,
    package_count           int            CHECK (package_count > 0),
    quantity_t              numeric(14, 4) NOT NULL CHECK (quantity_t > 0),
    emergency_measures      text,
    planned_on              date           NOT NULL,
    issued_at               timestamptz,
    delivered_at            timestamptz,
    -- 接受人: received quantity and day (kept beside the sent quantity), 第十二条第二项
    received_at             timestamptz,
    received_on             date,
    received_quantity_t     numeric(14, 4) CHECK (received_quantity_t >= 0),
    -- the last day to confirm receipt (第十八条, five working days) or to back-fill a paper manifest (十个工作日)
    due_on                  date,
    -- QUANTITY, TYPE, PACKAGING as the receiver reported them (第十八条第二款); decision ACCEPTED or REJECTED
    discrepancy_kinds       text[],
    discrepancy_note        text,
    discrepancy_decision    text,
    treatment_method        text,
    closed_at               timestamptz,
    created_by              text           NOT NULL,
    created_at              timestamptz    NOT NULL,
    CHECK (NOT paper OR completed_on IS NOT NULL)
);
CREATE INDEX manifest_sender ON waste.manifest (sender_enterprise_id);
CREATE INDEX manifest_receiver ON waste.manifest (receiver_enterprise_id);
CREATE INDEX manifest_origin ON waste.manifest (origin_region);
CREATE INDEX manifest_destination ON waste.manifest (destination_region);
CREATE INDEX manifest_open ON waste.manifest (state) WHERE state NOT IN ('CLOSED', 'REJECTED', 'RECEIVED');
CREATE INDEX manifest_licence_received ON waste.manifest (receiver_licence_id, received_on);

-- The carriers of a manifest in order (position 1, 2, …), each with its vehicle; a later carrier takes over at the
-- handover place (联运, 第十七条).
CREATE TABLE waste.manifest_carrier (
    manifest_id    bigint      NOT NULL REFERENCES waste.manifest (id),
    position       int         NOT NULL CHECK (position > 0),
    carrier_id     bigint      NOT NULL REFERENCES waste.carrier (id),
    vehicle_id     bigint      NOT NULL REFERENCES waste.vehicle (id),
    handover_place text,
    picked_up_at   timestamptz,
    PRIMARY KEY (manifest_id, position)
);
CREATE INDEX manifest_carrier_carrier ON waste.manifest_carrier (carrier_id);

-- Signatures in order: position 0 the 移出人, 1…n the carriers, n + 1 the 接受人. Each keeps the frozen copy it signed
-- (canonical JSON of the manifest's version) and its SHA-256.
CREATE TABLE waste.manifest_signature (
    manifest_id    bigint      NOT NULL REFERENCES waste.manifest (id),
    version        int         NOT NULL,
    position       int         NOT NULL,
    role           text        NOT NULL,
    enterprise_id  bigint      NOT NULL REFERENCES waste.enterprise (id),
    signed_by      text        NOT NULL,
    signed_at      timestamptz NOT NULL,
    content        text        NOT NULL,
    content_sha256 char(64)    NOT NULL,
    PRIMARY KEY (manifest_id, version, position)
);

-- What happened to a manifest, in order.
CREATE TABLE waste.manifest_event (
    id          bigserial   PRIMARY KEY,
    manifest_id bigint      NOT NULL REFERENCES waste.manifest (id),
    at          timestamptz NOT NULL,
    action      text        NOT NULL,
    state       text        NOT NULL,
    by_user     text        NOT NULL,
    note        text
);
CREATE INDEX manifest_event_manifest ON waste.manifest_event (manifest_id, id);

-- A correction of a signed manifest: proposed by one party, confirmed by the others, then applied as a new version.
CREATE TABLE waste.manifest_correction (
    id                     bigserial   PRIMARY KEY,
    manifest_id            bigint      NOT NULL REFERENCES waste.manifest (id),
    from_version           int         NOT NULL,
    proposer_enterprise_id bigint      NOT NULL REFERENCES waste.enterprise (id),
    proposed_by            text        NOT NULL,
    proposed_at            timestamptz NOT NULL,
    changes                jsonb       NOT NULL,
    reason                 text        NOT NULL,
    -- OPEN, APPLIED, WITHDRAWN
    state                  text        NOT NULL,
    decided_at             timestamptz
);
CREATE UNIQUE INDEX manifest_correction_open ON waste.manifest_correction (manifest_id) WHERE state = 'OPEN';

CREATE TABLE waste.manifest_correction_confirmation (
    correction_id bigint      NOT NULL REFERENCES waste.manifest_correction (id),
    enterprise_id bigint      NOT NULL REFERENCES waste.enterprise (id),
    confirmed_by  text        NOT NULL,
    confirmed_at  timestamptz NOT NULL,
    PRIMARY KEY (correction_id, enterprise_id)
);

-- The regulator's queue of transfer anomalies raised by the daily check: one alert per manifest and kind
-- (UNCONFIRMED, BACKFILL_OVERDUE, WEIGHT_DIFFERENCE, LONG_TRIP), seen by the regions of the sender and the receiver.
CREATE TABLE waste.transfer_alert (
    id           bigserial   PRIMARY KEY,
    manifest_id  bigint      NOT NULL REFERENCES waste.manifest (id),
    kind         text        NOT NULL,
    raised_on    date        NOT NULL,
    detail       text        NOT NULL,
    closed_by    text,
    closed_at    timestamptz,
    UNIQUE (manifest_id, kind)
);
CREATE INDEX transfer_alert_open ON waste.transfer_alert (raised_on) WHERE closed_at IS NULL;

-- Cross-province transfer (跨省转移, 第二十一条至第二十八条): the 移出人 applies to its province's authority, which
-- accepts (five working days, 第二十三条), reviews (five, 第二十四条) and sends the 商请函; the receiving province replies
-- (ten, 第二十五条); the origin province decides (five, 第二十六条). An approval is valid twelve months, never beyond
-- the requested period or the receiver's licence (第二十七条); manifests count against its quantity (第二十八条).
CREATE TABLE waste.transfer_approval (
    id                     bigserial      PRIMARY KEY,
    sender_enterprise_id   bigint         NOT NULL REFERENCES waste.enterprise (id),
    sender_site_id         bigint         NOT NULL REFERENCES waste.site (id),
    origin_province        char(6)        NOT NULL,
    receiver_enterprise_id bigint         NOT NULL REFERENCES waste.enterprise (id),
    receiver_licence_id    bigint         NOT NULL REFERENCES waste.licence (id),
    destination_province   char(6)        NOT NULL,
    waste_code             char(10)       NOT NULL,
    quantity_t             numeric(14, 4) NOT NULL CHECK (quantity_t > 0),
    -- 贮存、利用或者处置方式
    method                 text           NOT NULL,
    period_from            date           NOT NULL,
    period_to              date           NOT NULL CHECK (period_to >= period_from),
    -- SUBMITTED, ACCEPTED, RETURNED, UNDER_DESTINATION_REVIEW (商请函 sent), REFUSED_BY_ORIGIN,
    -- DESTINATION_AGREED, REFUSED_BY_DESTINATION, APPROVED, REFUSED
    state                  text           NOT NULL,
    submitted_on           date           NOT NULL,
    accepted_on            date,
    origin_reviewed_on     date,
    destination_replied_on date,
    decided_on             date,
    valid_from             date,
    valid_to               date,
    reason                 text,
    created_by             text           NOT NULL
);
CREATE INDEX transfer_approval_sender ON waste.transfer_approval (sender_enterprise_id);

ALTER TABLE waste.manifest ADD COLUMN approval_id bigint REFERENCES waste.transfer_approval (id);
CREATE INDEX manifest_approval ON waste.manifest (approval_id) WHERE approval_id IS NOT NULL;
