--liquibase formatted sql

--changeset workflow:012-setup-account-token
-- One-time links: the first administrator's setup link and the links people set their password with. Only the
-- token's SHA-256 is kept, so a copy of the database opens no account.
create table account_token (
    token_hash  char(64)     primary key,
    purpose     varchar(16)  not null check (purpose in ('SETUP', 'PASSWORD')),
    user_id     varchar(64),
    created_at  timestamptz  not null,
    expires_at  timestamptz,
    used_at     timestamptz
);
create index account_token_user_idx on account_token(user_id);

--changeset workflow:012-setup-person
-- The people a commune set up from its pages: what the engine's user record has no room for (position, phone, role).
create table person (
    user_id     varchar(64)  primary key,
    commune_id  varchar(64)  not null references commune(id),
    full_name   varchar(255) not null,
    position    varchar(255),
    email       varchar(255) not null,
    phone       varchar(32),
    role        varchar(16)  not null check (role in ('LEADERSHIP', 'OFFICE_HEAD', 'OFFICE_STAFF', 'CLERK', 'COMMUNE_ADMIN')),
    office_id   varchar(64)  references office(id),
    active      boolean      not null default true,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null default now(),
    left_at     timestamptz
);
create index person_commune_idx on person(commune_id);
