--liquibase formatted sql

--changeset mail:015-assignment-round-state
-- What the morning round knows of a share: the day it became late (the day after its effective due day; null while
-- it is not late) and the day its office was told it was assigned (null: to be told in the next digest).
alter table assignment add column overdue_from date;
alter table assignment add column announced_on date;
update assignment set announced_on = (assigned_at at time zone 'Asia/Ho_Chi_Minh')::date;
create index assignment_open_idx on assignment(plan_task_id) where status in ('OPEN', 'RETURNED');

--changeset mail:015-deadline-notice-escalated
-- An overdue share is escalated once, gathered with the others of the same round into one email per person.
alter table deadline_notice add column escalated_at timestamptz;
update deadline_notice set escalated_at = created_at where kind = 'OVERDUE';
create index deadline_notice_to_escalate_idx on deadline_notice(assignment_id) where escalated_at is null;

--changeset mail:015-notice-assignment
-- The share a notice is about, when it is about one.
alter table notice add column assignment_id bigint references assignment(id);

--changeset mail:015-scheduled-run
-- A duty done once per slot (the leadership's weekly overdue list once per week and person): a run missed while the
-- server was down is made when it is back, and two nodes or a retry make it once.
create table scheduled_run (
    duty    varchar(128) not null,
    slot    varchar(32)  not null,
    done_at timestamptz  not null,
    primary key (duty, slot)
);
