-- Warnings for hazardous waste declarations (HJ 1259—2022 §7.2) past their due date and not confirmed: raised from
-- the waste module's DeclarationsOverdue. Such a warning concerns a production site, not a plan's target: its
-- target_code is 'waste-site-<site id>' and it has no plan.
ALTER TABLE evaluation.warning DROP CONSTRAINT warning_kind_check;
ALTER TABLE evaluation.warning
    ADD CONSTRAINT warning_kind_check
        CHECK (kind IN ('LAGGING', 'SERIOUSLY_LAGGING', 'MISSING_DATA', 'LATE_DECLARATION')),
    ALTER COLUMN plan_code DROP NOT NULL;
