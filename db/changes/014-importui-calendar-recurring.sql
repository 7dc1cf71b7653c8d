--liquibase formatted sql

--changeset workflow:014-importui-calendar-recurring
-- A day off every year from a given year on, entered once: a new national day, a holiday a new law adds.
-- By solar date, or by lunar date (never a leap month). One row per date; entering it again replaces it.
create table calendar_recurring (
    id         bigserial    primary key,
    month      smallint     not null check (month between 1 and 12),
    day        smallint     not null check (day between 1 and 31),
    lunar      boolean      not null default false,
    from_year  integer      not null,
    name       varchar(255) not null,
    entered_by varchar(64)  not null,
    entered_at timestamptz  not null default now(),
    unique (month, day, lunar)
);
