--liquibase formatted sql

--changeset plan:019-plan-task-closed
-- A task whose every share was accepted keeps that status for good (a done share is never reopened): recorded on the
-- task, so that a province's years of finished tasks are counted from one narrow index, not recomputed share by share.
alter table plan_task add column closed_status varchar(16) check (closed_status in ('DONE_ON_TIME', 'DONE_LATE'));
update plan_task t set closed_status = s.status
  from (select a.plan_task_id,
               case when bool_or(cast(a.completed_at at time zone 'Asia/Ho_Chi_Minh' as date)
                                 > coalesce(a.effective_due_date, t2.effective_due_date))
                    then 'DONE_LATE' else 'DONE_ON_TIME' end as status
          from assignment a join plan_task t2 on t2.id = a.plan_task_id
         group by a.plan_task_id
        having bool_and(a.status = 'DONE' and a.completed_at is not null)) s
 where s.plan_task_id = t.id;
create index plan_task_open_idx on plan_task(plan_id) where closed_status is null;
create index plan_task_closed_idx on plan_task(plan_id, closed_status) where closed_status is not null;
