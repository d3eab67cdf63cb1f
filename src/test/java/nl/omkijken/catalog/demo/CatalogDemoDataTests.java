package nl.omkijken.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.omkijken.IntegrationTest;
import nl.omkijken.area.Areas;
import nl.omkijken.area.Coordinates;
import nl.omkijken.catalog.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class CatalogDemoDataTests {

    /** The curated demo offerings: their ids are name-based (version 3), unlike those other tests make. */
    private static final String CURATED = " substring(o.id::text, 15, 1) = '3' and o.provider_id not in"
            + " (select id from provider where name = '" + SyntheticOfferings.PROVIDER_NAME + "')";

    @Autowired
    CatalogDemoData demoData;

    @Autowired
    Areas areas;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void loadsAtLeastFortyProvidersAndThreeHundredOfferings() {
        assertThat(count("select count(*) from provider")).isGreaterThanOrEqualTo(40);
        assertThat(count("select count(*) from offering o where" + CURATED)).isGreaterThanOrEqualTo(300);
        assertThat(count("select count(*) from location")).isGreaterThanOrEqualTo(55);
    }

    @Test
    void everyWijkHasOfferings() {
        var perDistrict = jdbc.queryForList("select l.district_code, count(distinct o.id) as offerings from offering o"
                + " join offering_location ol on ol.offering_id = o.id join location l on l.id = ol.location_id"
                + " where" + CURATED + " group by l.district_code");

        assertThat(perDistrict).hasSize(16);
        assertThat(perDistrict.stream().map(r -> r.get("district_code")).toList())
                .containsExactlyInAnyOrderElementsOf(
                        areas.districts().stream().map(d -> d.code()).toList());
        assertThat(perDistrict)
                .allSatisfy(r -> assertThat((Long) r.get("offerings")).isGreaterThanOrEqualTo(5));
    }

    @Test
    void usesEveryKindThemeAndTargetGroup() throws Exception {
        var kinds = jdbc.queryForList("select distinct kind from offering o where" + CURATED, String.class);
        var unusedTerms = jdbc.queryForList(
                "select code from taxonomy_term t where not exists (select 1 from offering_term ot"
                        + " join offering o on o.id = ot.offering_id where ot.term_id = t.id and" + CURATED + ")",
                String.class);

        assertThat(kinds)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Kind.values()).map(Kind::name).toList());
        // Editors (and other tests) may add terms; the demo offer covers the standard ones.
        var standard = standardTermCodes();
        assertThat(standard).hasSize(26);
        assertThat(unusedTerms).filteredOn(standard::contains).isEmpty();
    }

    private static List<String> standardTermCodes() throws IOException {
        var lines = new String(
                        new ClassPathResource("catalog/taxonomy.csv")
                                .getInputStream()
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .lines()
                .skip(1)
                .filter(line -> !line.isBlank());
        return lines.map(line -> line.split(",")[1]).toList();
    }

    @Test
    void everyOfferingHasAmbitionsLanguagesALocationAndMostHaveASchedule() {
        assertThat(count("select count(*) from offering o where" + CURATED + " and not exists"
                        + " (select 1 from offering_ambition a where a.offering_id = o.id)"))
                .isZero();
        assertThat(count("select count(*) from offering o where" + CURATED + " and not exists"
                        + " (select 1 from offering_language l where l.offering_id = o.id)"))
                .isZero();
        assertThat(count("select count(*) from offering o where" + CURATED + " and not exists"
                        + " (select 1 from offering_location l where l.offering_id = o.id)"))
                .isZero();
        assertThat(count("select count(*) from offering o where" + CURATED
                        + " and o.kind in ('ACTIVITY', 'MEETING_PLACE',"
                        + " 'WALK_IN_HOUR') and not exists (select 1 from schedule s where s.offering_id = o.id)"))
                .isZero();
        assertThat(count("select count(*) from offering o where" + CURATED
                        + " and free = false and cost_explanation = ''"))
                .isZero();
    }

    @Test
    void everyLocationLiesInItsStoredBuurt() {
        var locations =
                jdbc.queryForList("select name, latitude, longitude, neighbourhood_code, district_code from location");

        assertThat(locations).isNotEmpty().allSatisfy(location -> {
            var point = new Coordinates((Double) location.get("latitude"), (Double) location.get("longitude"));
            assertThat(areas.neighbourhoodAt(point))
                    .as("buurt of %s", location.get("name"))
                    .hasValueSatisfying(n -> {
                        assertThat(n.code()).isEqualTo(location.get("neighbourhood_code"));
                        assertThat(n.districtCode()).isEqualTo(location.get("district_code"));
                    });
        });
    }

    @Test
    void everyScheduleRuleMatchesItsFields() {
        var schedules = jdbc.queryForList("select * from schedule");

        assertThat(schedules)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("rrule"))
                        .as("rule of schedule %s", s.get("id"))
                        .isEqualTo(expectedRule(s)));
        assertThat(schedules.stream().map(s -> s.get("pattern")).distinct().toList())
                .containsExactlyInAnyOrder("WEEKLY", "MONTHLY", "ONCE");
        assertThat(count("select count(*) from schedule where week_interval = 2"))
                .isPositive();
        assertThat(count("select count(*) from schedule where week_of_month = -1"))
                .isPositive();
        assertThat(count("select count(*) from schedule where valid_until is not null and pattern <> 'ONCE'"))
                .isPositive();
        assertThat(count("select count(*) from schedule_exception where reason = 'Zomerstop'"))
                .isPositive();
    }

    @Test
    void curatedOfferingsArePublishedAndMostlyConfirmedRecently() {
        var today = LocalDate.now(clock);
        var rows = jdbc.queryForList("select review_state, status, last_confirmed_on from offering o where" + CURATED);

        assertThat(rows).allSatisfy(r -> assertThat(r.get("review_state")).isEqualTo("PUBLISHED"));
        assertThat(rows.stream().filter(r -> "TEMPORARILY_CLOSED".equals(r.get("status"))))
                .hasSizeBetween(3, 10);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("status")).isIn("ACTIVE", "TEMPORARILY_CLOSED"));
        var stale = rows.stream()
                .filter(r -> confirmedOn(r).isBefore(today.minusDays(180)))
                .count();
        var fresh = rows.stream()
                .filter(r -> !confirmedOn(r).isBefore(today.minusDays(90)))
                .count();
        assertThat(stale).isBetween(3L, 10L);
        assertThat(fresh).isEqualTo(rows.size() - stale);
    }

    @Test
    void reusesTheOrganisationsOfTheDemoAccounts() {
        for (var name : List.of("Travers Welzijn", "WijZ Welzijn", "SamenOuderen Zwolle")) {
            assertThat(count("select count(*) from organisation where name = '" + name + "'"))
                    .isEqualTo(1);
            assertThat(count("select count(*) from provider p join organisation g on g.id = p.id where p.name = '"
                            + name + "'"))
                    .isEqualTo(1);
        }
        assertThat(count("select count(*) from provider p where not exists"
                        + " (select 1 from organisation g where g.id = p.id and g.name = p.name)"))
                .isZero();
    }

    @Test
    void loadingAgainAddsNothing() {
        var before = counts();

        demoData.run(null);

        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        return Map.of(
                "organisation", count("select count(*) from organisation"),
                "provider", count("select count(*) from provider"),
                "location", count("select count(*) from location"),
                "offering", count("select count(*) from offering"),
                "schedule", count("select count(*) from schedule"));
    }

    private static LocalDate confirmedOn(Map<String, Object> row) {
        return ((java.sql.Date) row.get("last_confirmed_on")).toLocalDate();
    }

    /** Written out again here rather than calling ScheduleRow, so that a wrong rule in either fails the test. */
    private static String expectedRule(Map<String, Object> s) {
        var pattern = (String) s.get("pattern");
        if (pattern.equals("ONCE")) {
            return null;
        }
        var until = s.get("valid_until") == null
                ? ""
                : ";UNTIL=" + s.get("valid_until").toString().replace("-", "") + "T235959";
        if (pattern.equals("MONTHLY")) {
            return "FREQ=MONTHLY;BYDAY=" + s.get("week_of_month") + s.get("weekdays") + until;
        }
        var interval = (Integer) s.get("week_interval") > 1 ? ";INTERVAL=" + s.get("week_interval") : "";
        return "FREQ=WEEKLY" + interval + ";BYDAY=" + s.get("weekdays") + until;
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
