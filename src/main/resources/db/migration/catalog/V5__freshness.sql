-- When the provider was last asked whether an offering is still right, so reminders repeat but do not pile up.
alter table offering add column last_reminded_at timestamptz;

-- The key that signs "still correct" links; made once, so links keep working across restarts.
create table signing_key (
    municipality_code  varchar(6)  primary key,
    secret             bytea       not null,
    created_at         timestamptz not null
);
