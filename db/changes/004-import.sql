--liquibase formatted sql

--changeset workflow:004-office-alias
-- Names the commune's documents use for its offices ("VH-XH", "Trung tâm Phục vụ HCC"); extended by the
-- administrator and by each import whose unknown names a clerk mapped.
create table office_alias (
    commune_id varchar(64)  not null references commune(id),
    alias      varchar(255) not null,
    office_id  varchar(64)  not null references office(id),
    created_by varchar(64)  not null,
    created_at timestamptz  not null default now(),
    primary key (commune_id, alias)
);

--changeset workflow:004-plan-source
-- The imported document's fingerprint: importing the same document twice is noticed.
alter table plan add column source_sha256 char(64);
create index plan_source_idx on plan(commune_id, source_sha256);

--changeset workflow:004-plan-indicator
create table plan_indicator (
    id                   bigserial    primary key,
    plan_id              bigint       not null references plan(id),
    number               varchar(32),
    name                 text         not null,
    -- Year → target as written ("≥ 70", "100", "X"), in year order.
    targets              jsonb        not null,
    tracking_office_text text,
    tracking_office_id   varchar(64)  references office(id)
);
