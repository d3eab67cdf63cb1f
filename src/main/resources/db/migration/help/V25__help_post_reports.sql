-- Which kinds of personal detail were taken out of a post's text, so the author can be told.
alter table help_post add column removed_details varchar(100);

-- Reports by anyone about a public post. The text is the reporter's own words; it goes when the post is anonymised.
create table help_post_report (
    id                      uuid          primary key,
    municipality_code       varchar(6)    not null,
    post_id                 uuid          not null references help_post (id) on delete cascade,
    reason                  varchar(20)   not null,
    text                    varchar(500)  not null default '',
    created_at              timestamptz   not null,
    handled_at              timestamptz,
    handled_by_account_id   uuid          references account (id),
    outcome                 varchar(20),
    version                 bigint        not null default 0
);

create index help_post_report_open on help_post_report (municipality_code, created_at) where handled_at is null;
create index help_post_report_post on help_post_report (post_id);
