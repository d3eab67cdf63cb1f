-- The coming occurrences of each public offering, for the agenda: starts and ends, in the same order.
alter table search_entry
    add column occurrence_starts timestamptz[] not null default '{}',
    add column occurrence_ends   timestamptz[] not null default '{}';
