-- 企业: an enterprise's staff, who keep their own enterprise's waste records.
ALTER TABLE identity.account_role DROP CONSTRAINT account_role_role_check;
ALTER TABLE identity.account_role
    ADD CONSTRAINT account_role_role_check CHECK (role IN ('ADMIN', 'REPORTER', 'REVIEWER', 'LEADER', 'ENTERPRISE'));
