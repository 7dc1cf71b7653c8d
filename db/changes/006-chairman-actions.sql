--liquibase formatted sql

--changeset workflow:006-assignment-action
-- What the leadership did about an office's share: pushed it (đôn đốc), extended it, moved it to another office.
create table assignment_action (
    id            bigserial    primary key,
    assignment_id bigint       not null references assignment(id),
    kind          varchar(16)  not null check (kind in ('NUDGE', 'EXTEND', 'REASSIGN')),
    note          text,
    from_office   varchar(64),
    to_office     varchar(64),
    new_date      date,
    acted_by      varchar(64)  not null,
    acted_at      timestamptz  not null
);
create index assignment_action_idx on assignment_action(assignment_id);
