--liquibase formatted sql

--changeset audit:011-audit-event
-- Who did what, when, from where, and how it ended: logins, refusals, evidence, completions, reviews, imports and
-- administrative changes. Domain acts write their row in the act's own transaction; purged after
-- workflow.audit.retention.
create table audit_event (
    id          bigserial    primary key,
    occurred_at timestamptz  not null,
    user_id     varchar(128),
    kind        varchar(32)  not null,
    outcome     varchar(16)  not null check (outcome in ('OK', 'REFUSED', 'FAILED')),
    target      varchar(255),
    detail      text,
    address     varchar(64),
    commune_id  varchar(64)
);
create index audit_event_time_idx on audit_event(occurred_at);
create index audit_event_user_idx on audit_event(user_id, occurred_at);
