-- When the platform looked for values missing at a period's deadline (once per period).
ALTER TABLE reporting.period ADD COLUMN deadline_checked_at timestamptz;
