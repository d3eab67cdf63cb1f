-- Buddy matching (maatjes): a coordinator of an initiative takes the intake of a resident or a volunteer. An intake
-- keeps a first name, how to reach them, the buurt (never an address) and what matching needs. Nothing is matched
-- without a coordinator confirming it. Closed intakes are anonymised after the keeping period.
create table help_buddy_intake (
    id                      uuid          primary key,
    municipality_code       varchar(6)    not null,
    organisation_id         uuid          not null references organisation (id),
    side                    varchar(10)   not null,
    status                  varchar(10)   not null,
    first_name              varchar(40)   not null,
    email                   varchar(254),
    phone                   varchar(30),
    neighbourhood_code      varchar(10),
    district_code           varchar(10)   not null,
    languages               varchar(200)  not null,
    slots                   varchar(400)  not null,
    interests               varchar(400)  not null,
    travel_modes            varchar(100)  not null,
    max_distance_km         integer       not null,
    gender                  varchar(10),
    age_band                varchar(20),
    wanted_genders          varchar(40)   not null,
    wanted_age_bands        varchar(200)  not null,
    notes                   varchar(1000) not null default '',
    taken_by_account_id     uuid          references account (id),
    consent_recorded_at     timestamptz   not null,
    created_at              timestamptz   not null,
    matched_at              timestamptz,
    closed_at               timestamptz,
    anonymised_at           timestamptz,
    version                 bigint        not null default 0
);

create index help_buddy_intake_waiting on help_buddy_intake (organisation_id, side, status);
create index help_buddy_intake_closed on help_buddy_intake (closed_at) where anonymised_at is null;

create table help_buddy_match (
    id                       uuid          primary key,
    municipality_code        varchar(6)    not null,
    organisation_id          uuid          not null references organisation (id),
    resident_intake_id       uuid          not null references help_buddy_intake (id),
    volunteer_intake_id      uuid          not null references help_buddy_intake (id),
    points                   integer       not null,
    reasons                  varchar(1000) not null,
    confirmed_by_account_id  uuid          references account (id),
    confirmed_at             timestamptz   not null
);

create index help_buddy_match_organisation on help_buddy_match (organisation_id, confirmed_at desc);
