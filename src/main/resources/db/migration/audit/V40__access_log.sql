-- Every time staff saw someone's personal data: who, when, whose or what, and why. Rows are never changed; they go
-- after omkijken.audit.keep-for. No foreign key to the account: the log must outlive an erased account.
create table access_log (
    id                  uuid          primary key,
    municipality_code   varchar(6)    not null,
    staff_account_id    uuid          not null,
    subject_type        varchar(50)   not null,
    subject_id          uuid,
    purpose             varchar(200)  not null,
    viewed_at           timestamptz   not null
);

create index access_log_newest on access_log (municipality_code, viewed_at desc);
create index access_log_staff on access_log (staff_account_id, viewed_at desc);
