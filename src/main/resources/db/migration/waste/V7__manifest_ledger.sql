-- Which ledger batch a manifest carries (HJ 1259—2022 §6.3: the 委外利用/处置 record names the 产生 or 出库 batch it
-- comes from), and the ledger records written for it when the receiver accepts the waste: the sender's 委外利用/处置
-- record (出厂时间: the first pick-up, the quantity on the manifest) and the receiver's 入库 record (the quantity it
-- received, naming the manifest).
CREATE TABLE waste.manifest_ledger (
    manifest_id        bigint      PRIMARY KEY REFERENCES waste.manifest (id),
    -- GENERATED or STORED_OUT
    source_stage       text        NOT NULL,
    source_batch_code  text        NOT NULL,
    sender_record_id   bigint      REFERENCES waste.ledger_record (id),
    receiver_record_id bigint      REFERENCES waste.ledger_record (id),
    written_at         timestamptz
);
