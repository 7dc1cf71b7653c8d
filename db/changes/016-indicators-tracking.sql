--liquibase formatted sql

--changeset workflow:016-indicator-value
-- An indicator's actual value for a reporting period, as its office entered it in its periodic report; written by
-- the indicator package only.
create table indicator_value (
    indicator_id bigint      not null references plan_indicator(id),
    period_id    bigint      not null references report_period(id),
    actual       text        not null,
    links        text,
    entered_by   varchar(64) not null,
    entered_at   timestamptz not null,
    primary key (indicator_id, period_id)
);
create index indicator_value_period_idx on indicator_value(period_id);

--changeset workflow:016-indicator-evidence
-- Files behind an indicator's value, inspected like task evidence and, like it, only ever inserted.
create table indicator_evidence (
    id           bigserial    primary key,
    indicator_id bigint       not null references plan_indicator(id),
    period_id    bigint       not null references report_period(id),
    file_name    varchar(255) not null,
    content_type varchar(128) not null,
    size_bytes   bigint       not null,
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamptz  not null
);
create index indicator_evidence_idx on indicator_evidence(indicator_id, period_id);

--changeset workflow:016-indicator-target-change
-- Every correction of a target by the leadership: who, when, from what to what.
create table indicator_target_change (
    id              bigserial   primary key,
    indicator_id    bigint      not null references plan_indicator(id),
    target_year     varchar(8)  not null,
    previous_target text,
    new_target      text        not null,
    note            text,
    changed_by      varchar(64) not null,
    changed_at      timestamptz not null
);
create index indicator_target_change_idx on indicator_target_change(indicator_id);

--changeset workflow:016-commune-report-recipients
-- The higher levels a commune's reports go to, first in "Nơi nhận" ("UBND tỉnh (b/c)"); null until the commune sets
-- them, when the usual ones are used.
alter table commune add column report_recipients jsonb;

--changeset workflow:016-report-signer
-- Chosen at approval: the chairman signs "TM. ỦY BAN NHÂN DÂN", a vice chairman "KT. CHỦ TỊCH".
alter table report_period add column signed_as varchar(16) check (signed_as in ('CHAIRMAN', 'VICE_CHAIRMAN'));
