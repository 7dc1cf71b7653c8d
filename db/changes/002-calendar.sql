--liquibase formatted sql

--changeset workflow:002-calendar-day
-- Days the government's yearly notices (or a new law) set: exact Tết days, swapped days, extra holidays.
-- Statutory holidays are computed; only what a notice adds or moves is entered here.
create table calendar_day (
    day        date         primary key,
    kind       varchar(16)  not null check (kind in ('DAY_OFF', 'WORKING_DAY')),
    name       varchar(255) not null,
    entered_by varchar(64)  not null default 'seed',
    entered_at timestamptz  not null default now()
);
