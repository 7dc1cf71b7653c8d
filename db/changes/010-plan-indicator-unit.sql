--liquibase formatted sql

--changeset workflow:010-plan-indicator-unit
-- The unit an indicator is measured in, as the plan writes it ("%", "Doanh nghiệp", "% tổng chi NSNN").
alter table plan_indicator add column unit text;
