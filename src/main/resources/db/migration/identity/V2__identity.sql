-- Organisations that staff work for (providers, teams); the catalog keeps their public details.
create table organisation (
    id                 uuid         primary key,
    municipality_code  varchar(6)   not null,
    name               varchar(200) not null,
    created_at         timestamptz  not null,
    unique (municipality_code, name)
);

create table account (
    id                 uuid         primary key,
    municipality_code  varchar(6)   not null,
    email              varchar(254) not null,
    display_name       varchar(100) not null,
    password_hash      varchar(200),
    oidc_subject       varchar(255),
    enabled            boolean      not null,
    demo               boolean      not null default false,
    created_at         timestamptz  not null,
    last_login_at      timestamptz,
    version            bigint       not null default 0,
    unique (municipality_code, email)
);

create table account_role (
    account_id  uuid        not null references account (id) on delete cascade,
    role        varchar(40) not null,
    primary key (account_id, role)
);

create table account_membership (
    account_id       uuid not null references account (id) on delete cascade,
    organisation_id  uuid not null references organisation (id),
    primary key (account_id, organisation_id)
);

-- Only a hash of the token is stored: a leaked table gives no working links.
create table invitation (
    id           uuid        primary key,
    account_id   uuid        not null references account (id) on delete cascade,
    token_hash   varchar(64) not null unique,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    accepted_at  timestamptz
);
