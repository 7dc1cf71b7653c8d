--liquibase formatted sql

--changeset workflow:001-commune
create table commune (
    id          varchar(64)  primary key,
    name        varchar(255) not null
);

-- An office's id is its Camunda group id: tasks are offered to that group.
create table office (
    id          varchar(64)  primary key,
    commune_id  varchar(64)  not null references commune(id),
    name        varchar(255) not null,
    kind        varchar(16)  not null check (kind in ('PHONG', 'DON_VI', 'TO_CHUC', 'THON')),
    sort_order  int          not null default 0
);
create index office_commune_idx on office(commune_id);

--changeset workflow:001-plan
create table plan (
    id                   bigserial    primary key,
    commune_id           varchar(64)  not null references commune(id),
    number               varchar(128),
    issued_on            date,
    title                text         not null,
    monitoring_office_id varchar(64)  not null references office(id),
    source_name          varchar(255),
    created_at           timestamptz  not null default now(),
    created_by           varchar(64)
);

create table plan_task (
    id                  bigserial    primary key,
    plan_id             bigint       not null references plan(id),
    number              varchar(32)  not null,
    group_label         text,
    title               text         not null,
    lead_text           text,
    coordinating_text   text,
    expected_result     text,
    -- The words of the plan are kept beside their reading, always.
    deadline_text       text,
    deadline_kind       varchar(16)  not null,
    due_date            date,
    effective_due_date  date,
    process_instance_id varchar(64),
    unique (plan_id, number)
);

create table plan_task_office (
    plan_task_id bigint      not null references plan_task(id),
    office_id    varchar(64) not null references office(id),
    role         varchar(16) not null check (role in ('LEAD', 'COORDINATING')),
    primary key (plan_task_id, office_id, role)
);

-- One lead office's share of a task: it owes its own result and evidence.
create table assignment (
    id            bigserial    primary key,
    plan_task_id  bigint       not null references plan_task(id),
    office_id     varchar(64)  not null references office(id),
    status        varchar(16)  not null check (status in ('OPEN', 'SUBMITTED', 'RETURNED', 'DONE')),
    result_note   text,
    return_reason text,
    current_task_id varchar(64),
    assigned_at   timestamptz  not null,
    submitted_at  timestamptz,
    completed_at  timestamptz,
    unique (plan_task_id, office_id)
);

create table review (
    id            bigserial    primary key,
    assignment_id bigint       not null references assignment(id),
    accepted      boolean      not null,
    reason        text,
    reviewer      varchar(64)  not null,
    decided_at    timestamptz  not null
);

--changeset workflow:001-evidence
-- Evidence is kept, never overwritten: rows are only ever inserted.
create table evidence (
    id              bigserial    primary key,
    assignment_id   bigint       not null references assignment(id),
    camunda_task_id varchar(64)  not null,
    file_name       varchar(255) not null,
    content_type    varchar(128) not null,
    size_bytes      bigint       not null,
    sha256          char(64)     not null,
    content         bytea        not null,
    uploaded_by     varchar(64)  not null,
    uploaded_at     timestamptz  not null
);
create index evidence_assignment_idx on evidence(assignment_id);
create index evidence_task_idx on evidence(camunda_task_id);

--changeset workflow:001-outbox
-- Mail is written here in the transaction of the step that caused it, then delivered by OutboxSender.
create table outbox_email (
    id              bigserial    primary key,
    dedup_key       varchar(255) not null unique,
    kind            varchar(32)  not null,
    recipient       varchar(255) not null,
    recipient_user  varchar(64),
    subject         text         not null,
    body            text         not null,
    created_at      timestamptz  not null,
    status          varchar(16)  not null check (status in ('PENDING', 'SENT')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      text,
    sent_at         timestamptz
);
create index outbox_pending_idx on outbox_email(status, next_attempt_at);

--changeset workflow:001-deadline-notice
-- One row per reminder or escalation due for an assignment's deadline: it makes each notice happen once,
-- however often timers fire, and is the history of who was pushed when.
create table deadline_notice (
    assignment_id bigint       not null references assignment(id),
    due_date      date         not null,
    kind          varchar(32)  not null,
    created_at    timestamptz  not null,
    primary key (assignment_id, due_date, kind)
);
