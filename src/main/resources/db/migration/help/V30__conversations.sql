-- Conversations between someone who reacts and the one who receives the reaction: the author of a help post (or
-- the staff member who posted it for a resident), or the contact of a volunteer vacancy, who has no account and
-- answers through a secret link. Messages are relayed by e-mail; neither side sees the other's address until both
-- choose to share. The keeping period after the last message, the messages go and only the anonymous facts stay.
create table help_conversation (
    id                      uuid          primary key,
    municipality_code       varchar(6)    not null,
    kind                    varchar(10)   not null,
    post_id                 uuid          references help_post (id),
    offering_id             uuid,
    subject                 varchar(200)  not null,
    category                varchar(20),
    district_code           varchar(10),
    reactor_account_id      uuid          references account (id),
    owner_account_id        uuid          references account (id),
    owner_name              varchar(200),
    owner_email             varchar(320),
    owner_token             varchar(64)   unique,
    reactor_shares          boolean       not null default false,
    owner_shares            boolean       not null default false,
    blocked_by              varchar(10),
    created_at              timestamptz   not null,
    last_message_at         timestamptz   not null,
    matched_at              timestamptz,
    closed_at               timestamptz,
    anonymised_at           timestamptz,
    version                 bigint        not null default 0
);

create index help_conversation_reactor on help_conversation (reactor_account_id, created_at desc);
create index help_conversation_owner on help_conversation (owner_account_id, last_message_at desc);
create index help_conversation_post on help_conversation (post_id);
create index help_conversation_last on help_conversation (last_message_at) where anonymised_at is null;

create table help_message (
    id                uuid           primary key,
    conversation_id   uuid           not null references help_conversation (id) on delete cascade,
    side              varchar(10)    not null,
    text              varchar(2000)  not null,
    created_at        timestamptz    not null
);

create index help_message_conversation on help_message (conversation_id, created_at);

-- Who will not hear from whom again. A key is 'account:<uuid>' or 'email:<address>' (a vacancy's contact).
create table help_block (
    blocker_key   varchar(330)  not null,
    blocked_key   varchar(330)  not null,
    created_at    timestamptz   not null,
    primary key (blocker_key, blocked_key)
);
