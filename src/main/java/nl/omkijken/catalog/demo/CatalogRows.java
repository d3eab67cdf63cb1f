package nl.omkijken.catalog.demo;

import static java.util.stream.Collectors.toMap;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.omkijken.area.Areas;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes catalog rows in JDBC batches, bypassing JPA: the demo loaders use it for a few hundred offerings and for a
 * million alike. Callers hold the transaction.
 */
@Component
class CatalogRows {

    static final int BATCH_SIZE = 5_000;
    static final int ROWS_PER_STATEMENT = 100;

    private final JdbcTemplate jdbc;
    private final String municipality;

    CatalogRows(JdbcTemplate jdbc, Areas areas) {
        this.jdbc = jdbc;
        this.municipality = areas.municipality().code();
    }

    /** Organisation ids by lower-case name, to reuse the rows the identity module already made. */
    Map<String, UUID> organisationsByName() {
        return jdbc.query(
                "select id, name from organisation where municipality_code = ?",
                rs -> {
                    var ids = new HashMap<String, UUID>();
                    while (rs.next()) {
                        ids.put(rs.getString("name").toLowerCase(Locale.ROOT), rs.getObject("id", UUID.class));
                    }
                    return ids;
                },
                municipality);
    }

    /** Taxonomy term ids keyed by vocabulary and code, e.g. {@code THEME:taal}. */
    Map<String, UUID> termIds() {
        return jdbc
                .queryForList(
                        "select id, vocabulary, code from taxonomy_term where municipality_code = ?", municipality)
                .stream()
                .collect(toMap(r -> r.get("vocabulary") + ":" + r.get("code"), r -> (UUID) r.get("id")));
    }

    long providerCount() {
        return jdbc.queryForObject(
                "select count(*) from provider where municipality_code = ?", Long.class, municipality);
    }

    long offeringCount(UUID providerId) {
        return jdbc.queryForObject("select count(*) from offering where provider_id = ?", Long.class, providerId);
    }

    /** Adds an organisation row for each provider that has none yet, and the provider row itself. */
    void insertProviders(Collection<ProviderRow> providers, Instant now) {
        var at = now.atOffset(ZoneOffset.UTC);
        var known = organisationsByName();
        var missing = providers.stream()
                .filter(p -> !known.containsKey(p.name().toLowerCase(Locale.ROOT)))
                .map(p -> new Object[] {p.id(), municipality, p.name(), at})
                .toList();
        batch("insert into organisation (id, municipality_code, name, created_at) values (?, ?, ?, ?)", missing);
        batch(
                "insert into provider (id, municipality_code, name, description, website, email, phone, kvk_number,"
                        + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing",
                providers.stream()
                        .map(p -> new Object[] {
                            p.id(),
                            municipality,
                            p.name(),
                            p.description(),
                            p.website(),
                            p.email(),
                            p.phone(),
                            p.kvkNumber(),
                            at,
                            at
                        })
                        .toList());
    }

    /** Locations that already exist are left as they are. */
    void insertLocations(Collection<LocationRow> locations) {
        batch(
                "insert into location (id, municipality_code, provider_id, name, street_address, postcode, city,"
                        + " latitude, longitude, neighbourhood_code, district_code, wheelchair_accessible, hearing_loop,"
                        + " accessible_toilet, opening_hours) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (id) do nothing",
                locations.stream()
                        .map(l -> new Object[] {
                            l.id(),
                            municipality,
                            l.providerId(),
                            l.name(),
                            l.streetAddress(),
                            l.postcode(),
                            l.city(),
                            l.coordinates().latitude(),
                            l.coordinates().longitude(),
                            l.neighbourhood().code(),
                            l.neighbourhood().districtCode(),
                            l.wheelchairAccessible(),
                            l.hearingLoop(),
                            l.accessibleToilet(),
                            l.openingHours()
                        })
                        .toList());
    }

    /** Writes the offerings with their ambitions, terms, languages, locations and schedules; returns the rows. */
    long insertOfferings(List<OfferingRow> offerings) {
        var tables = new OfferingTables(municipality, offerings);
        return batch(OfferingTables.OFFERING, tables.offerings())
                + batch(OfferingTables.AMBITION, tables.ambitions())
                + batch(OfferingTables.TERM, tables.terms())
                + batch(OfferingTables.LANGUAGE, tables.languages())
                + batch(OfferingTables.LOCATION, tables.locations())
                + batch(OfferingTables.SCHEDULE, tables.schedules())
                + batch(OfferingTables.EXCEPTION, tables.exceptions());
    }

    /**
     * Sends {@value #ROWS_PER_STATEMENT} rows per insert statement: without the driver's batch rewriting,
     * PostgreSQL executes each statement of a JDBC batch on its own, and that is several times slower.
     */
    private long batch(String sql, List<Object[]> rows) {
        var whole = rows.size() - rows.size() % ROWS_PER_STATEMENT;
        if (whole > 0) {
            var statements = new ArrayList<Object[]>(whole / ROWS_PER_STATEMENT);
            for (var from = 0; from < whole; from += ROWS_PER_STATEMENT) {
                statements.add(rows.subList(from, from + ROWS_PER_STATEMENT).stream()
                        .flatMap(Arrays::stream)
                        .toArray());
            }
            jdbc.batchUpdate(
                    manyRows(sql, ROWS_PER_STATEMENT), statements, BATCH_SIZE / ROWS_PER_STATEMENT, CatalogRows::bind);
        }
        if (whole < rows.size()) {
            jdbc.batchUpdate(sql, rows.subList(whole, rows.size()), BATCH_SIZE, CatalogRows::bind);
        }
        return rows.size();
    }

    /** {@code insert … values (?, ?)} becomes {@code insert … values (?, ?), (?, ?), …}. */
    static String manyRows(String sql, int count) {
        var start = sql.indexOf(" values (") + " values ".length();
        var end = sql.indexOf(')', start) + 1;
        var row = sql.substring(start, end);
        return sql.substring(0, start) + String.join(", ", Collections.nCopies(count, row)) + sql.substring(end);
    }

    private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (var i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
