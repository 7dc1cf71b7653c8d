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
