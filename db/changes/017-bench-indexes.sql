--liquibase formatted sql

--changeset workflow:017-bench-indexes
-- What the province benchmark's plans showed scanning whole tables (issue #13). Camunda looks up a task's subtasks
-- on every completion, by a column it does not index.
create index act_idx_task_parent_task on act_ru_task(parent_task_id_);
-- Every action on a Tasklist task finds the office's share by the task's id (completion, evidence, listeners).
create index assignment_current_task_idx on assignment(current_task_id);
-- A plan's tasks (the plan page, the dashboard's joins, reporting periods).
create index plan_task_plan_idx on plan_task(plan_id);
-- The last report of the shares the dashboard lists.
create index office_report_item_assignment_idx on office_report_item(assignment_id);

--changeset workflow:017-bench-auth-user-index
-- Every authorization check (an office head's task list, Tasklist, REST) reads the user's and the user's groups'
-- rows: "user_id_ in (user, '*') or group_id_ in (groups)". Camunda indexes the groups' column only, so the user's
-- half made PostgreSQL scan every row, one per open task of the province (the per-task grants); with this index the
-- check reads the person's and office's rows alone (17 ms to 0.2 ms at 3,000 open tasks, growing with the province
-- before, with the office after).
create index act_idx_auth_user_id on act_ru_authorization(user_id_);
