--liquibase formatted sql

--changeset workflow:005-plan-report-day
-- "trước ngày 10 hàng tháng": each plan sets its own day (Nghị định 09/2019 lets the issuer choose).
alter table plan add column report_day int not null default 10 check (report_day between 1 and 28);

--changeset workflow:005-assignment-deadline
-- An office's own deadline once it was extended, or set for an as-directed task; the plan task keeps the written one.
alter table assignment add column due_date date;
alter table assignment add column effective_due_date date;

--changeset workflow:005-deadline-change
-- Every request for a later deadline and every decision, and every deadline the chairman sets: the history.
create table deadline_change (
    id              bigserial    primary key,
    assignment_id   bigint       not null references assignment(id),
    kind            varchar(16)  not null check (kind in ('EXTENSION', 'SET')),
    previous_date   date,
    requested_date  date,
    reason          text,
    requested_by    varchar(64),
    requested_at    timestamptz,
    decision        varchar(16)  check (decision in ('GRANTED', 'REFUSED')),
    new_date        date,
    decision_note   text,
    decided_by      varchar(64),
    decided_at      timestamptz
);
create index deadline_change_assignment_idx on deadline_change(assignment_id);

--changeset workflow:005-reporting
create table report_period (
    id                  bigserial    primary key,
    plan_id             bigint       not null references plan(id),
    -- The month reported on, yyyy-mm; the report is due on the plan's report day of the month after.
    period              varchar(7)   not null,
    kind                varchar(16)  not null check (kind in ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    due_date            date         not null,
    effective_due_date  date         not null,
    status              varchar(16)  not null check (status in ('COLLECTING', 'CONSOLIDATING', 'APPROVAL', 'APPROVED')),
    remarks             text,
    return_reason       text,
    approved_by         varchar(64),
    approved_at         timestamptz,
    docx                bytea,
    xlsx                bytea,
    process_instance_id varchar(64),
    unique (plan_id, period)
);

create table office_report (
    id              bigserial    primary key,
    period_id       bigint       not null references report_period(id),
    office_id       varchar(64)  not null references office(id),
    status          varchar(16)  not null check (status in ('DUE', 'SUBMITTED', 'LATE', 'MISSING')),
    submitted_at    timestamptz,
    submitted_by    varchar(64),
    unique (period_id, office_id)
);

create table office_report_item (
    report_id     bigint      not null references office_report(id),
    assignment_id bigint      not null references assignment(id),
    progress      text,
    no_change     boolean     not null default false,
    links         text,
    primary key (report_id, assignment_id)
);

--changeset workflow:005-notice
-- What a person must be told; gathered into at most one email a day (the digest).
create table notice (
    id             bigserial    primary key,
    user_id        varchar(64)  not null,
    plan_id        bigint       not null references plan(id),
    kind           varchar(32)  not null,
    text           text         not null,
    link           text,
    created_at     timestamptz  not null,
    digest_date    date
);
create index notice_pending_idx on notice(user_id, digest_date);
