-- The public offer, modelled on Open Referral HSDS 3.0 so that the open data API is a mapping:
-- provider = organization, location = location, offering = service, offering_location = service_at_location,
-- schedule = schedule (RFC 5545), taxonomy_term = taxonomy_term.

create table taxonomy_term (
    id                 uuid         primary key,
    municipality_code  varchar(6)   not null,
    vocabulary         varchar(20)  not null,   -- THEME or TARGET_GROUP
    code               varchar(60)  not null,   -- stable, never reused
    label_nl           varchar(100) not null,
    label_en           varchar(100) not null,
    position           integer      not null,
    active             boolean      not null default true,
    unique (municipality_code, vocabulary, code)
);

-- One row per provider organisation; the id is the identity module's organisation id.
create table provider (
    id                 uuid          primary key references organisation (id),
    municipality_code  varchar(6)    not null,
    name               varchar(200)  not null,
    description        varchar(2000) not null default '',
    website            varchar(300),
    email              varchar(254),
    phone              varchar(30),
    kvk_number         varchar(8),
    logo               bytea,
    logo_media_type    varchar(20),
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0
);

create index provider_municipality on provider (municipality_code);

create table location (
    id                   uuid             primary key,
    municipality_code    varchar(6)       not null,
    provider_id          uuid             not null references provider (id),
    name                 varchar(200)     not null,
    street_address       varchar(200)     not null,
    postcode             varchar(7)       not null,
    city                 varchar(100)     not null,
    latitude             double precision not null,
    longitude            double precision not null,
    neighbourhood_code   varchar(10),
    district_code        varchar(10),
    wheelchair_accessible boolean         not null default false,
    hearing_loop         boolean          not null default false,
    accessible_toilet    boolean          not null default false,
    opening_hours        varchar(500)     not null default '',
    version              bigint           not null default 0
);

create index location_provider on location (provider_id);
create index location_district on location (district_code);

create table offering (
    id                 uuid          primary key,
    municipality_code  varchar(6)    not null,
    provider_id        uuid          not null references provider (id),
    title              varchar(120)  not null,
    summary            varchar(300)  not null,
    description        varchar(4000) not null default '',
    kind               varchar(30)   not null,
    free               boolean       not null,
    cost_amount        numeric(8, 2),
    cost_explanation   varchar(300)  not null default '',
    min_age            integer,
    max_age            integer,
    how_to_join        varchar(20)   not null,
    contact_name       varchar(100)  not null default '',
    contact_email      varchar(254),
    contact_phone      varchar(30),
    status             varchar(30)   not null,   -- ACTIVE, TEMPORARILY_CLOSED, INACTIVE (HSDS service status)
    review_state       varchar(30)   not null,   -- DRAFT, SUBMITTED, PUBLISHED, SENT_BACK, WITHDRAWN
    last_confirmed_on  date,
    published_at       timestamptz,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    check (min_age is null or max_age is null or min_age <= max_age),
    check (free or cost_amount is not null)
);

create index offering_provider on offering (provider_id);
create index offering_public on offering (municipality_code, review_state, status);

create table offering_ambition (
    offering_id  uuid       not null references offering (id) on delete cascade,
    ambition     varchar(30) not null,
    primary key (offering_id, ambition)
);

create table offering_term (
    offering_id  uuid not null references offering (id) on delete cascade,
    term_id      uuid not null references taxonomy_term (id),
    primary key (offering_id, term_id)
);

create table offering_language (
    offering_id  uuid       not null references offering (id) on delete cascade,
    language     varchar(8) not null,    -- ISO 639-1, e.g. nl, en, ar
    primary key (offering_id, language)
);

create table offering_location (
    offering_id  uuid not null references offering (id) on delete cascade,
    location_id  uuid not null references location (id),
    primary key (offering_id, location_id)
);

-- When an offering takes place, in RFC 5545 terms; the provider fills in plain fields and the rule follows.
create table schedule (
    id            uuid        primary key,
    offering_id   uuid        not null references offering (id) on delete cascade,
    location_id   uuid        references location (id),
    pattern       varchar(20) not null,    -- WEEKLY, MONTHLY, ONCE
    weekdays      varchar(30) not null default '',   -- e.g. TU,TH
    week_interval integer     not null default 1,    -- 2 for every other week
    week_of_month integer,                           -- 1..4, or -1 for the last
    start_time    time        not null,
    end_time      time        not null,
    valid_from    date        not null,
    valid_until   date,
    rrule         varchar(200),
    check (end_time > start_time),
    check (valid_until is null or valid_until >= valid_from)
);

create index schedule_offering on schedule (offering_id);

create table schedule_exception (
    schedule_id  uuid         not null references schedule (id) on delete cascade,
    from_date    date         not null,
    until_date   date         not null,
    reason       varchar(200) not null default '',
    primary key (schedule_id, from_date),
    check (until_date >= from_date)
);

-- Every change to an offering: who, when, which field, from what to what.
create table offering_change (
    id           uuid         primary key,
    offering_id  uuid         not null references offering (id) on delete cascade,
    changed_by   uuid,
    changed_at   timestamptz  not null,
    field        varchar(60)  not null,
    old_value    text,
    new_value    text
);

create index offering_change_offering on offering_change (offering_id, changed_at);
