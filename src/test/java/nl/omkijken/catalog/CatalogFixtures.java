package nl.omkijken.catalog;

import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** What catalog tests set up again and again: a demo organisation's provider profile, and plain offering content. */
final class CatalogFixtures {

    private CatalogFixtures() {}

    /** The provider profile of a demo organisation, made here if the demo data has not made it. */
    static UUID provider(JdbcTemplate jdbc, String name) {
        var id = jdbc.queryForObject("select id from organisation where name = ?", UUID.class, name);
        jdbc.update(
                "insert into provider (id, municipality_code, name, created_at, updated_at)"
                        + " values (?, 'GM0193', ?, now(), now()) on conflict (id) do nothing",
                id,
                name);
        return id;
    }

    /** A free walk-in activity with this title and nothing else filled in. */
    static OfferingDetails activity(String title) {
        return new OfferingDetails(
                title,
                "Samen iets doen in de buurt.",
                "",
                Kind.ACTIVITY,
                Set.of(),
                Set.of(Ambition.MEANINGFUL_CONTACTS),
                Set.of("nl"),
                true,
                null,
                "",
                null,
                null,
                HowToJoin.WALK_IN,
                "",
                null,
                null,
                Set.of());
    }
}
