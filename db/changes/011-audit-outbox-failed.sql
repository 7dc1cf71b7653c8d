--liquibase formatted sql

--changeset audit:011-outbox-failed
-- A mail that failed its last allowed attempt (workflow.mail.max-attempts) is FAILED: not retried until the
-- administrator sends it again.
alter table outbox_email drop constraint outbox_email_status_check;
alter table outbox_email add constraint outbox_email_status_check check (status in ('PENDING', 'SENT', 'FAILED'));
