-- Residents sign in without a password: they ask for a link by e-mail, and the link signs them in once. The first
-- link confirms the address and makes the account. Only a hash of the token is stored.
create table sign_in_link (
    id                 uuid          primary key,
    municipality_code  varchar(6)    not null,
    token_hash         varchar(64)   not null unique,
    email              varchar(254)  not null,
    display_name       varchar(100)  not null default '',
    next_path          varchar(500),
    created_at         timestamptz   not null,
    expires_at         timestamptz   not null,
    used_at            timestamptz
);

create index sign_in_link_email on sign_in_link (municipality_code, email, created_at);

alter table account add column email_confirmed_at timestamptz;
