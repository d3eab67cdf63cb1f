-- Every place of an offering, for one marker each on the map; filled by the rebuild at the next start.
alter table search_entry
    add column place_latitudes double precision[] not null default '{}',
    add column place_longitudes double precision[] not null default '{}',
    add column place_names text[] not null default '{}';
