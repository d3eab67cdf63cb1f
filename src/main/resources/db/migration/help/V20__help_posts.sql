-- Help requests and offers (oproepen). The public sees first name, age band, buurt and text. Closed posts are
-- anonymised after the keeping period: the personal columns are emptied, kind, category, wijk and dates stay for
-- the anonymous figures.
create table help_post (
    id                      uuid          primary key,
    municipality_code       varchar(6)    not null,
    kind                    varchar(10)   not null,
    category                varchar(20)   not null,
    frequency               varchar(20)   not null,
    status                  varchar(20)   not null,
    first_name              varchar(40)   not null,
    age_band                varchar(20),
    text                    varchar(2000) not null,
    neighbourhood_code      varchar(10),
    district_code           varchar(10)   not null,
    author_account_id       uuid          references account (id),
    posted_by_account_id    uuid          references account (id),
    consent_recorded_at     timestamptz,
    moderation_note         varchar(1000),
    reviewed_by_account_id  uuid          references account (id),
    reviewed_at             timestamptz,
    close_reason            varchar(20),
    created_at              timestamptz   not null,
    published_at            timestamptz,
    closed_at               timestamptz,
    anonymised_at           timestamptz,
    version                 bigint        not null default 0
);

create index help_post_status on help_post (municipality_code, status, published_at desc);
create index help_post_author on help_post (author_account_id);
create index help_post_closed on help_post (closed_at) where anonymised_at is null;

create table help_post_slot (
    post_id  uuid         not null references help_post (id) on delete cascade,
    slot     varchar(20)  not null,
    primary key (post_id, slot)
);
