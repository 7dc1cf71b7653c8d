--liquibase formatted sql

--changeset workflow:008-province
-- A province hosts one deployment for all its communes and follows them side by side.
create table province (
    id          varchar(64)  primary key,
    name        varchar(255) not null
);

--changeset workflow:008-commune-province
alter table commune add column province_id varchar(64) references province(id);
-- Every Camunda id of a commune (office groups, the leadership group, logins) starts with its prefix, e.g.
-- "ngokbay.vhxh", "ngokbay.truong.vhxh"; the first commune of a deployment made before communes had prefixes keeps ''.
alter table commune add column id_prefix varchar(32) not null default '';
create unique index commune_prefix_idx on commune(id_prefix);
alter table commune add column created_at timestamptz not null default now();

--changeset workflow:008-office-short-name
-- The short form clerks write ("VH-XH", "TT PVHCC"), shown where space is short.
alter table office add column short_name varchar(64);

--changeset workflow:008-done-has-its-date
-- A share counts as done from the day it was accepted: reports and dashboards read that day.
alter table assignment add constraint assignment_done_has_date check (status <> 'DONE' or completed_at is not null);
