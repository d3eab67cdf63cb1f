-- What the anonymous figures count: one row per thing that happened (a post went public, a reaction, a match, a
-- close), with where (the CBS wijk) and what about, and never who.
create table help_activity (
    id                 uuid          primary key,
    municipality_code  varchar(6)    not null,
    type               varchar(20)   not null,
    kind               varchar(10)   not null,
    category           varchar(20),
    district_code      varchar(10),
    happened_at        timestamptz   not null
);

create index help_activity_when on help_activity (municipality_code, happened_at);

-- "Is het gelukt?": asked of each side of a match after a while. The address and first name are only kept until
-- the question is sent; the answer is kept without them, with the match's wijk and category.
create table help_outcome_question (
    id                 uuid          primary key,
    municipality_code  varchar(6)    not null,
    match_id           uuid          not null,
    kind               varchar(10)   not null,
    category           varchar(20),
    district_code      varchar(10),
    email              varchar(320),
    first_name         varchar(200),
    other_first_name   varchar(200),
    token              varchar(64)   unique,
    due_at             timestamptz   not null,
    sent_at            timestamptz,
    answered_at        timestamptz,
    answer             varchar(10),
    version            bigint        not null default 0
);

create index help_outcome_due on help_outcome_question (due_at) where sent_at is null;
