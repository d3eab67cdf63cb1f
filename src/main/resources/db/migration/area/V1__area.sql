-- CBS areas of the municipality. Geometry is kept as GeoJSON text: lookups run in memory with JTS,
-- so the database needs no PostGIS.
create table district (
    code               varchar(10)  primary key,
    municipality_code  varchar(6)   not null,
    name               varchar(100) not null,
    cbs_name           varchar(100) not null,
    inhabitants        integer,
    inhabitants_year   integer,
    centre_latitude    double precision not null,
    centre_longitude   double precision not null,
    boundary           text         not null
);

create index district_municipality on district (municipality_code);

create table neighbourhood (
    code               varchar(10)  primary key,
    municipality_code  varchar(6)   not null,
    district_code      varchar(10)  not null references district (code),
    name               varchar(100) not null,
    centre_latitude    double precision not null,
    centre_longitude   double precision not null,
    boundary           text         not null
);

create index neighbourhood_municipality on neighbourhood (municipality_code);
create index neighbourhood_district on neighbourhood (district_code);
