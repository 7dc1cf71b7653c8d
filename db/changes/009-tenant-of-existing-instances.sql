--liquibase formatted sql

--changeset workflow:009-tenant-of-existing-instances
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:1 select count(*) from commune
-- A deployment made before communes were Camunda tenants has one commune, and every process instance, task, job
-- and history row of it is that commune's: give them its tenant, so the engine's tenant check keeps them apart
-- from the communes added later. Definitions and deployments stay shared (no tenant).
update act_ru_execution set tenant_id_ = (select id from commune) where tenant_id_ is null and proc_inst_id_ is not null;
update act_ru_task set tenant_id_ = (select id from commune) where tenant_id_ is null and proc_inst_id_ is not null;
update act_ru_job set tenant_id_ = (select id from commune) where tenant_id_ is null and process_instance_id_ is not null;
update act_ru_event_subscr set tenant_id_ = (select id from commune) where tenant_id_ is null and proc_inst_id_ is not null;
update act_ru_variable set tenant_id_ = (select id from commune) where tenant_id_ is null and proc_inst_id_ is not null;
update act_ru_incident set tenant_id_ = (select id from commune) where tenant_id_ is null and proc_inst_id_ is not null;
update act_ru_ext_task set tenant_id_ = (select id from commune) where tenant_id_ is null and proc_inst_id_ is not null;
update act_ru_identitylink set tenant_id_ = (select id from commune) where tenant_id_ is null and task_id_ is not null;
update act_ge_bytearray set tenant_id_ = (select id from commune) where tenant_id_ is null and root_proc_inst_id_ is not null;
update act_hi_procinst set tenant_id_ = (select id from commune) where tenant_id_ is null and proc_inst_id_ is not null;
update act_hi_actinst set tenant_id_ = (select id from commune) where tenant_id_ is null and proc_inst_id_ is not null;
update act_hi_taskinst set tenant_id_ = (select id from commune) where tenant_id_ is null and proc_inst_id_ is not null;
update act_hi_varinst set tenant_id_ = (select id from commune) where tenant_id_ is null and proc_inst_id_ is not null;
update act_hi_detail set tenant_id_ = (select id from commune) where tenant_id_ is null and proc_inst_id_ is not null;
update act_hi_identitylink set tenant_id_ = (select id from commune) where tenant_id_ is null and root_proc_inst_id_ is not null;
update act_hi_incident set tenant_id_ = (select id from commune) where tenant_id_ is null and proc_inst_id_ is not null;
update act_hi_job_log set tenant_id_ = (select id from commune) where tenant_id_ is null and process_instance_id_ is not null;
update act_hi_op_log set tenant_id_ = (select id from commune) where tenant_id_ is null and proc_inst_id_ is not null;
update act_hi_comment set tenant_id_ = (select id from commune) where tenant_id_ is null and proc_inst_id_ is not null;
update act_hi_attachment set tenant_id_ = (select id from commune) where tenant_id_ is null and proc_inst_id_ is not null;
update act_hi_ext_task_log set tenant_id_ = (select id from commune) where tenant_id_ is null and proc_inst_id_ is not null;
