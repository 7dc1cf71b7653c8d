--liquibase formatted sql

--changeset workflow:007-office-kind-centre
-- Centres (Trung tâm Phục vụ hành chính công) are not "phòng chuyên môn": they get a kind of their own.
alter table office drop constraint office_kind_check;
alter table office add constraint office_kind_check check (kind in ('PHONG', 'TRUNG_TAM', 'DON_VI', 'TO_CHUC', 'THON'));
-- U&'trung t\00E2m%' is 'trung tâm%', kept ASCII so that the file's encoding cannot matter.
update office set kind = 'TRUNG_TAM'
 where kind = 'PHONG' and lower(normalize(name, NFC)) like U&'trung t\00E2m%';

--changeset workflow:007-office-collective
-- Phrases that, as a task's lead, mean every office of some kinds ("Các phòng chuyên môn" → PHONG):
-- one row per phrase and kind. office_collective_default is what a new commune starts with.
create table office_collective_default (
    phrase varchar(255) not null,
    kind   varchar(16)  not null check (kind in ('PHONG', 'TRUNG_TAM', 'DON_VI', 'TO_CHUC', 'THON')),
    primary key (phrase, kind)
);

create table office_collective (
    commune_id varchar(64)  not null references commune(id),
    phrase     varchar(255) not null,
    kind       varchar(16)  not null check (kind in ('PHONG', 'TRUNG_TAM', 'DON_VI', 'TO_CHUC', 'THON')),
    created_by varchar(64)  not null,
    created_at timestamptz  not null default now(),
    primary key (commune_id, phrase, kind)
);
