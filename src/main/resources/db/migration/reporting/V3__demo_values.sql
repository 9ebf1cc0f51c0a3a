-- Demonstration values (the demo profile) are approved values of a source of their own, DEMO: every page can mark
-- them, a real approval of the same value supersedes them, and a start in production removes every one of them.
ALTER TABLE reporting.approved_value DROP CONSTRAINT approved_value_source_check;
ALTER TABLE reporting.approved_value
    ADD CONSTRAINT approved_value_source_check CHECK (source IN ('SUBMISSION', 'IMPORT', 'DEMO'));
-- The history had no check of its own; it takes the same sources as the values it keeps.
ALTER TABLE reporting.approved_value_history
    ADD CONSTRAINT approved_value_history_source_check CHECK (source IN ('SUBMISSION', 'IMPORT', 'DEMO'));

-- Finding the demonstration values (are there any yet; which to remove) without reading every value.
CREATE INDEX approved_value_demo_idx ON reporting.approved_value (item_code, region_code) WHERE source = 'DEMO';
CREATE INDEX approved_value_history_demo_idx ON reporting.approved_value_history (item_code, region_code)
    WHERE source = 'DEMO';
