-- Where an offering takes place (its first place), for the map and for sorting by distance.
alter table search_entry
    add column latitude  double precision,
    add column longitude double precision;
