--liquibase formatted sql

--changeset province:013-commune-province-idx
-- The province view reads all communes of a province at once.
create index commune_province_idx on commune(province_id);
