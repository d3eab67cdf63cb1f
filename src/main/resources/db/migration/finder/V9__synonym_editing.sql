-- Editors keep the synonyms on a screen. Each word gets an id to address it by, and a key (lower case, no accents,
-- filled in by the application) that makes "Geldzorgen" and "Géldzorgen" the same word; there is room for 20
-- alternatives of 60 characters.
alter table search_synonym
    add column id uuid not null default gen_random_uuid(),
    add column term_key varchar(100),
    alter column alternatives type varchar(1300);
update search_synonym set term_key = lower(term);
alter table search_synonym
    drop constraint search_synonym_pkey,
    add primary key (id),
    alter column term_key set not null,
    add constraint search_synonym_term_key_unique unique (term_key);

-- Who added, changed or deleted which word when, and what it said afterwards (before, for a deletion). No foreign
-- key: the history outlives a deleted word.
create table search_synonym_change (
    id            uuid           primary key,
    synonym_id    uuid           not null,
    action        varchar(10)    not null,
    term          varchar(100)   not null,
    alternatives  varchar(1300)  not null,
    changed_by    varchar(320)   not null,
    changed_at    timestamptz    not null
);
create index search_synonym_change_recent on search_synonym_change (changed_at desc);
create index search_synonym_change_synonym on search_synonym_change (synonym_id, changed_at desc);
