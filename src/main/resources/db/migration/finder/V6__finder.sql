-- The finder's copy of what the public may see of the catalog, one row per public offering, kept in step on every
-- change and indexed by Hibernate Search. It can be thrown away and rebuilt from the catalog at any time.
create table search_entry (
    id                  uuid          primary key,
    title               varchar(200)  not null,
    summary             varchar(400)  not null,
    body                text          not null,
    context             text          not null,
    kind                varchar(30)   not null,
    themes              text[]        not null,
    target_groups       text[]        not null,
    districts           text[]        not null,
    neighbourhoods      text[]        not null,
    weekdays            text[]        not null,
    parts_of_day        text[]        not null,
    languages           text[]        not null,
    free                boolean       not null,
    wheelchair          boolean       not null,
    walk_in             boolean       not null,
    stale               boolean       not null,
    temporarily_closed  boolean       not null,
    next_start          timestamptz,
    provider_name       varchar(200)  not null,
    place_label         varchar(400)  not null,
    updated_at          timestamptz
);

-- Words residents use, and what they mean in the catalog's words. Editors extend this list; the search reads it
-- again after every change, without a release.
create table search_synonym (
    term          varchar(100)  primary key,
    alternatives  varchar(400)  not null
);

insert into search_synonym (term, alternatives) values
    ('geldzorgen', 'schulden,budget,formulieren,geld'),
    ('geldproblemen', 'schulden,budget,geld'),
    ('eenzaam', 'ontmoeten,koffie,maatje'),
    ('alleen', 'ontmoeten,koffie,maatje'),
    ('digid', 'digitale overheid,digitaal'),
    ('computer', 'digitaal,laptop'),
    ('boodschappen', 'boodschappenmaatje,hulp'),
    ('sporten', 'bewegen,sport'),
    ('praten', 'ontmoeten,gesprek,koffie'),
    ('nederlands', 'taal,taalcafe'),
    ('formulier', 'formulieren,formulierenhulp');

-- Searches that found nothing, per normalised query, wijk and day; no IP, no session: a signal of what is missing.
create table search_gap (
    day            date          not null,
    query          varchar(200)  not null,
    district_code  varchar(10)   not null,
    searches       integer       not null,
    primary key (day, query, district_code)
);
